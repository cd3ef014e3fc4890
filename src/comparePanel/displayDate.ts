/** A date for reading: an unstated year (XXXX) is said so rather than shown as a placeholder. */
export function displayDate(date: string): string {
  if (!date.includes('XXXX')) return date.replace('/', ' – ');
  return `${date.replace(/XXXX-/g, '').replace('/', ' – ')} (year not stated)`;
}
