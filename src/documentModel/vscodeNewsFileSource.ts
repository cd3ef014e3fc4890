import * as vscode from 'vscode';
import { isMostlyChinese, isNewsPath } from './newsDocumentFilter';
import type { NewsFileSource } from './workspaceNewsIndex';

/** Files always treated as news, and plain text / markdown files that may be (if mostly Chinese). */
const NEWS_GLOB = '{**/seeds/**/*.{txt,md},**/*.news.txt,**/*.news.md}';
const CANDIDATE_GLOB = '**/*.{txt,md}';
/** Every file that may be news: the watcher's pattern (the source decides on reading). */
export const WATCH_GLOB = CANDIDATE_GLOB;
const EXCLUDED_FOLDERS = ['node_modules', '.git', 'dist', 'out', '.vscode-test'];
const EXCLUDE_GLOB = `{${EXCLUDED_FOLDERS.map((folder) => `**/${folder}/**`).join(',')}}`;
/** Bounds the background work on huge workspaces (years of reports: thousands of files). */
const MAX_FILES = 20_000;

/** Whether a path is outside the folders the index leaves alone (the watcher sees every file). */
export function isIndexedPath(path: string): boolean {
  return !path.split('/').some((segment) => EXCLUDED_FOLDERS.includes(segment));
}
const MAX_FILE_BYTES = 4 * 1024 * 1024;

/** Lists and reads the workspace's news files through vscode.workspace (works in the browser too). */
export class VscodeNewsFileSource implements NewsFileSource {
  private readonly decoder = new TextDecoder('utf-8');

  constructor(private readonly detectChinese: () => boolean) {}

  async listNewsFiles(): Promise<string[]> {
    const glob = this.detectChinese() ? CANDIDATE_GLOB : NEWS_GLOB;
    const uris = await vscode.workspace.findFiles(glob, EXCLUDE_GLOB, MAX_FILES);
    return uris.map((uri) => uri.toString()).sort();
  }

  async readNewsText(uriString: string): Promise<string | undefined> {
    const uri = vscode.Uri.parse(uriString);
    let bytes: Uint8Array;
    try {
      const stat = await vscode.workspace.fs.stat(uri);
      if (stat.size > MAX_FILE_BYTES) return undefined;
      bytes = await vscode.workspace.fs.readFile(uri);
    } catch {
      return undefined; // gone since it was listed or changed: the watcher reports the deletion
    }
    const text = this.decoder.decode(bytes);
    if (isNewsPath(uri.path)) return text;
    return this.detectChinese() && isMostlyChinese(text) ? text : undefined;
  }
}
