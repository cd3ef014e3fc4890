import * as vscode from 'vscode';
import * as commands from './commands/index';
import { ComparePanels } from './comparePanel/index';
import { registerCorrections } from './corrections/index';
import type { AnalysisRunner } from './documentModel/analysisRunner';
import { NEWS_LANGUAGE_ID, CHINESE_DETECTABLE_LANGUAGES } from './documentModel/newsDocumentFilter';
import { NewsDocuments } from './documentModel/newsDocuments';
import { registerCorrectionActions } from './languageFeatures/correctionActions';
import { registerDefinitionSupport } from './languageFeatures/definitions';
import { registerDocumentSymbolSupport } from './languageFeatures/documentSymbols';
import { registerHoverSupport } from './languageFeatures/hover';
import { registerInlayHintsSupport } from './languageFeatures/inlayHints';
import { registerReferenceSupport } from './languageFeatures/references';
import { registerSemanticTokensSupport } from './languageFeatures/semanticTokens';
import { shareL10nBundle } from './localization';
import { registerPeopleFeatures } from './peopleView/index';
import type { PeopleIndex } from './peopleView/peopleIndex';

export type Log = (message: string) => void;

/**
 * Wires the features shared by the Node and browser entry points, and only wires: one document model, one
 * command registry, the language features, corrections and the compare panel. Activation only registers
 * providers: the segmenter, the core and the workspace index load on the first analysis.
 */
export function activateShared(context: vscode.ExtensionContext, runner: AnalysisRunner, log: Log): NewsDocuments {
  shareL10nBundle();
  context.subscriptions.push({ dispose: () => runner.dispose() });
  const documents = new NewsDocuments(runner, log);
  const commandManager = new commands.CommandManager();
  const comparePanels = new ComparePanels(context.extensionUri, async (document) => (await documents.getForDocument(document))?.analysis);
  const people = registerPeopleFeatures(documents, commandManager);
  context.subscriptions.push(documents, commandManager, comparePanels, people.disposable);
  context.subscriptions.push(registerNewsLanguageFeatures(documents, people.people));
  registerNewsCommands(commandManager, documents, comparePanels);
  context.subscriptions.push(registerCorrections(commandManager, documents, log));
  return documents;
}

/** zh-news documents, plus plain text and markdown (the providers answer only when those are news). */
const newsSelector: vscode.DocumentSelector = [NEWS_LANGUAGE_ID, ...CHINESE_DETECTABLE_LANGUAGES].map((language) => ({ language }));

function registerNewsLanguageFeatures(documents: NewsDocuments, people: PeopleIndex): vscode.Disposable {
  return vscode.Disposable.from(
    registerHoverSupport(newsSelector, documents, people),
    registerDocumentSymbolSupport(newsSelector, documents),
    registerSemanticTokensSupport(newsSelector, documents),
    registerDefinitionSupport(newsSelector, documents),
    registerReferenceSupport(newsSelector, documents),
    registerInlayHintsSupport(newsSelector, documents),
    registerCorrectionActions(newsSelector, documents),
  );
}

function registerNewsCommands(commandManager: commands.CommandManager, documents: NewsDocuments, comparePanels: ComparePanels): void {
  commandManager.registerCommand(new commands.RevealRangeCommand());
  commandManager.registerCommand(new commands.ShowMentionsCommand());
  commandManager.registerCommand(new commands.ReanalyzeCommand(documents));
  commandManager.registerCommand(new commands.ExportAnnotationsCommand(documents));
  commandManager.registerCommand(new commands.CompareReportsCommand((a, b) => comparePanels.open(a, b)));
  commandManager.registerCommand(new commands.CancelIndexingCommand(documents));
}

/** The "News Annotator" log channel (Output view). */
export function createLog(context: vscode.ExtensionContext): Log {
  const channel = vscode.window.createOutputChannel('News Annotator', { log: true });
  context.subscriptions.push(channel);
  return (message) => channel.info(message);
}
