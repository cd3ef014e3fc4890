/** Ids of our commands. Hover links may run only these (the hover's trusted-command allowlist). */
export const RevealRangeCommandId = 'newsAnnotator.revealRange';
export const ShowMentionsCommandId = 'newsAnnotator.showMentions';
export const ReanalyzeCommandId = 'newsAnnotator.reanalyze';

export const HOVER_LINK_COMMANDS: readonly string[] = [RevealRangeCommandId, ShowMentionsCommandId];

/** A markdown link that runs `command` with JSON `args` (vscode's command: URI form). */
export function commandLink(label: string, command: string, args: unknown[], tooltip: string): string {
  return `[${label}](command:${command}?${encodeURIComponent(JSON.stringify(args))} "${tooltip.replace(/"/g, "'")}")`;
}
/** Run by the status bar's "Indexing news" item: stops the workspace index's pass. */
export const CancelIndexingCommandId = 'newsAnnotator.cancelIndexing';
