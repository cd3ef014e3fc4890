import * as vscode from 'vscode';
import * as commands from './commands/index';
import { registerCompareFeatures } from './comparePanel/index';
import { registerCorrections } from './corrections/index';
import type { AnalysisRunner } from './documentModel/analysisRunner';
import { NEWS_LANGUAGE_ID, CHINESE_DETECTABLE_LANGUAGES } from './documentModel/newsDocumentFilter';
import { NewsDocuments } from './documentModel/newsDocuments';
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
 * Wires the features shared by the Node and browser entry points. Activation only registers providers:
 * the segmenter, the core and the workspace index load on the first analysis.
 */
export function activateShared(context: vscode.ExtensionContext, runner: AnalysisRunner, log: Log): NewsDocuments {
  shareL10nBundle();
  context.subscriptions.push({ dispose: () => runner.dispose() });
  const documents = new NewsDocuments(runner, log);
  context.subscriptions.push(documents);
  const commandManager = registerNewsCommands(documents);
  const people = registerPeopleFeatures(documents, commandManager);
  context.subscriptions.push(commandManager, people.disposable);
  context.subscriptions.push(registerNewsLanguageFeatures(documents, people.people));
  context.subscriptions.push(registerCorrections(newsSelector, documents, log));
  registerCompareFeatures(context, async (document) => (await documents.getForDocument(document))?.analysis);
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
  );
}

function registerNewsCommands(documents: NewsDocuments): commands.CommandManager {
  const commandManager = new commands.CommandManager();
  commandManager.register(new commands.RevealRangeCommand());
  commandManager.register(new commands.ShowMentionsCommand());
  commandManager.register(new commands.ReanalyzeCommand(documents));
  commandManager.register(new commands.ExportAnnotationsCommand(documents));
  return commandManager;
}

/** The "News Annotator" log channel (Output view). */
export function createLog(context: vscode.ExtensionContext): Log {
  const channel = vscode.window.createOutputChannel('News Annotator', { log: true });
  context.subscriptions.push(channel);
  return (message) => channel.info(message);
}
