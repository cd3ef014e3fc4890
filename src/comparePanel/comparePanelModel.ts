import type { ComparisonResult } from '../core/compare';
import type { Analysis } from '../core/types';

/** One report as the panel shows it. Pure data: the html builders never touch vscode. */
export interface CompareSide {
  /** Short display name (file name). */
  label: string;
  /** The document's URI, as a string (for the serializer and for reveal messages). */
  uri: string;
  text: string;
  analysis: Analysis;
}

export interface ComparePanelModel {
  a: CompareSide;
  b: CompareSide;
  result: ComparisonResult;
}

export type Side = 'a' | 'b';

/** Messages the webview script posts to the extension. */
export type FromCompareWebview = { type: 'reveal'; side: Side; start: number; end: number };

/** Messages the extension posts to the webview script. */
export type ToCompareWebview = { type: 'update'; body: string };

/** What the webview persists (vscode.setState) so the serializer can reopen the comparison. */
export interface ComparePanelState {
  a: string;
  b: string;
}

export function isComparePanelState(value: unknown): value is ComparePanelState {
  const state = value as Partial<ComparePanelState> | undefined;
  return typeof state?.a === 'string' && typeof state?.b === 'string';
}
