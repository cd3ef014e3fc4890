/** Date recognition and normalisation for Chinese news prose (pure: no vscode, no I/O). */
export type { DateMention } from './dateTypes';
export { recognizeDates } from './recognizeDates';
export { detectReferenceYear, type ReferenceYearResult } from './referenceYear';
