import * as l10n from '@vscode/l10n';
/** A date for reading: an unstated year (XXXX) is said so rather than shown as a placeholder. */
export function displayDate(date: string): string {
  if (!date.includes('XXXX')) return date.replace('/', ' – ');
  return l10n.t('{0} (year not stated)', date.replace(/XXXX-/g, '').replace('/', ' – '));
}
