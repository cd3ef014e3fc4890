import postForms from '../../../data/post-forms.json';

const IGNORED = new Set(postForms.ignoredCharacters);
/** Titles repeat across thousands of reports: each is normalised once (bounded, for long sessions). */
const keys = new Map<string, string>();
const MAX_CACHED_KEYS = 50_000;

/**
 * The post a title names, for comparing titles across reports: `中共上海市委书记` and `上海市委书记` give the
 * same key. Only ever compared, never shown.
 */
export function postKey(title: string): string {
  let key = keys.get(title);
  if (key === undefined) {
    if (keys.size >= MAX_CACHED_KEYS) keys.clear();
    keys.set(title, (key = normalizePost(title)));
  }
  return key;
}

function normalizePost(title: string): string {
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
