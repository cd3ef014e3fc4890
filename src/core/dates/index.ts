/** Date recognition and normalisation for Chinese news prose (pure: no vscode, no I/O). */
export type { DateMention, DateResolution, ReferenceDate, ReferenceKind } from './dateTypes';
export { recognizeDates, spanValue } from './recognizeDates';
export { detectReference, type ReferenceResult, type ReferenceInputs } from './referenceDate';
export { describeResolution, describeReferenceSource, referenceDateValue } from './resolution';
