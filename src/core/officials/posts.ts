import postForms from '../../../data/post-forms.json';

const IGNORED = new Set(postForms.ignoredCharacters);

/**
 * The post a title names, for comparing titles across reports: `中共上海市委书记` and `上海市委书记` give the
 * same key. Only ever compared, never shown.
 */
export function postKey(title: string): string {
  let key = [...title].filter((c) => !IGNORED.has(c)).join('');
  for (const prefix of postForms.dropPrefixes) {
    if (key.startsWith(prefix) && key.length > prefix.length) {
      key = key.slice(prefix.length);
      break;
    }
  }
  for (const [from, to] of postForms.replacements) key = key.split(from).join(to);
  return key;
}

export function samePost(a: string, b: string): boolean {
  return postKey(a) === postKey(b);
}
