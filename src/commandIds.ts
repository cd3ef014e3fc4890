import type { MarkableType } from './core/corrections/editCorrections';

/**
 * Ids of our commands, in one vscode-free module that commands, language features and the compare panel all
 * import (so no feature imports another feature's command to learn its id). Hover links may run only
 * HOVER_LINK_COMMANDS (the hover's trusted-command allowlist).
 */
export const RevealRangeCommandId = 'newsAnnotator.revealRange';
export const ShowMentionsCommandId = 'newsAnnotator.showMentions';
export const ReanalyzeCommandId = 'newsAnnotator.reanalyze';
export const ExportAnnotationsCommandId = 'newsAnnotator.exportAnnotations';
export const CompareReportsCommandId = 'newsAnnotator.compareReports';
export const NotAnEntityCommandId = 'newsAnnotator.notAnEntity';
export const SetTitleCommandId = 'newsAnnotator.setTitle';
export const CorrectionsStateCommandId = 'newsAnnotator.correctionsState';
/** Run by the status bar's "Indexing news" item: stops the workspace index's pass. */
export const CancelIndexingCommandId = 'newsAnnotator.cancelIndexing';
/** Opens the People view on one person (the hover's titles over time, "show all"). */
export const RevealPersonCommandId = 'newsAnnotator.revealPerson';
export const MarkAsCommandIds: Record<MarkableType, string> = {
  person: 'newsAnnotator.markAsPerson',
  place: 'newsAnnotator.markAsPlace',
  organization: 'newsAnnotator.markAsOrganization',
};

export const HOVER_LINK_COMMANDS: readonly string[] = [RevealRangeCommandId, ShowMentionsCommandId, RevealPersonCommandId];

/** A markdown link that runs `command` with JSON `args` (vscode's command: URI form). */
export function commandLink(label: string, command: string, args: unknown[], tooltip: string): string {
  return `[${label}](command:${command}?${encodeURIComponent(JSON.stringify(args))} "${tooltip.replace(/"/g, "'")}")`;
}
