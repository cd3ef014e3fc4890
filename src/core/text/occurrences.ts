import { ByFirstCode } from './byFirstCode';

/**
 * Where each form occurs in the text (every start, overlapping ones too), all found in one pass over the text: a
 * long text has hundreds of names, and a scan of the whole text for each was most of this pass.
 */
export function occurrencesOf(text: string, forms: Iterable<string>): Map<string, number[]> {
  const starts = new Map<string, number[]>();
  const byFirst = new ByFirstCode<{ form: string; starts: number[] }>();
  for (const form of forms) {
    const entry = { form, starts: [] };
    starts.set(form, entry.starts);
    byFirst.add(form.charCodeAt(0), entry);
  }
  if (byFirst.size === 0) return starts;
  for (let at = 0; at < text.length; at++) {
    const candidates = byFirst.at(text.charCodeAt(at));
    if (candidates) for (const { form, starts: formStarts } of candidates) if (text.startsWith(form, at)) formStarts.push(at);
  }
  return starts;
}
