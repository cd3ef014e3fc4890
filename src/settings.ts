import * as vscode from 'vscode';
import { DEFAULT_MAX_ANALYZED_CHARACTERS } from './documentModel/textHealth';

/** The `newsAnnotator.*` settings (package.json `contributes.configuration`), read in one typed place. */
export const CONFIG_SECTION = 'newsAnnotator';

export interface NewsSettings {
  /** Plain text and markdown files are treated as news when they are mostly Chinese. */
  readonly detectChinese: boolean;
  readonly inlayHintsEnabled: boolean;
  /** YYYY-MM-DD or YYYY, or '' when unset: the reference date of documents that state none. */
  readonly referenceDate: string;
  /** Longer documents are analysed up to there. */
  readonly maxAnalyzedCharacters: number;
  /** Analyses are kept in the extension's global storage (read at activation). */
  readonly cacheAnalyses: boolean;
}

/** The settings in force for `scope` (a document or a folder: per-folder values apply), else the workspace's. */
export function newsSettings(scope?: vscode.ConfigurationScope): NewsSettings {
  const config = vscode.workspace.getConfiguration(CONFIG_SECTION, scope);
  return {
    detectChinese: config.get<boolean>('detectChinese', true),
    inlayHintsEnabled: config.get<boolean>('inlayHints.enabled', true),
    referenceDate: config.get<string>('referenceDate', ''),
    maxAnalyzedCharacters: config.get<number>('maxAnalyzedCharacters', DEFAULT_MAX_ANALYZED_CHARACTERS),
    cacheAnalyses: config.get<boolean>('cacheAnalyses', true),
  };
}

/** Fires when any `newsAnnotator.*` setting changes. */
export function onDidChangeNewsSettings(listener: () => void): vscode.Disposable {
  return vscode.workspace.onDidChangeConfiguration((e) => {
    if (e.affectsConfiguration(CONFIG_SECTION)) listener();
  });
}
