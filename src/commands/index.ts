export { CommandManager } from './commandManager';
export { ExportAnnotationsCommand } from './exportAnnotations';
export { ReanalyzeCommand } from './reanalyze';
export { RevealRangeCommand } from './revealRange';
export { ShowMentionsCommand } from './showMentions';
export { CompareReportsCommand } from './compareReports';
export { CancelIndexingCommand } from './cancelIndexing';
