export { CommandManager } from './commandManager';
export { ReanalyzeCommand } from './reanalyze';
export { RevealRangeCommand } from './revealRange';
export { ShowMentionsCommand } from './showMentions';
