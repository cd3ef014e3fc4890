/** Ids of our commands. Hover links may run only these (the hover's trusted-command allowlist). */
export const RevealRangeCommandId = 'newsAnnotator.revealRange';
export const ShowMentionsCommandId = 'newsAnnotator.showMentions';
export const ReanalyzeCommandId = 'newsAnnotator.reanalyze';
/** Opens the People view on one person (the hover's titles over time, "show all"). */
export const RevealPersonCommandId = 'newsAnnotator.revealPerson';

export const HOVER_LINK_COMMANDS: readonly string[] = [RevealRangeCommandId, ShowMentionsCommandId, RevealPersonCommandId];

/** A markdown link that runs `command` with JSON `args` (vscode's command: URI form). */
export function commandLink(label: string, command: string, args: unknown[], tooltip: string): string {
  return `[${label}](command:${command}?${encodeURIComponent(JSON.stringify(args))} "${tooltip.replace(/"/g, "'")}")`;
}
