import * as vscode from 'vscode';
import { isMostlyChinese, isNewsPath } from './newsDocumentFilter';
import type { NewsFileSource } from './workspaceNewsIndex';

/** Files always treated as news, and plain text / markdown files that may be (if mostly Chinese). */
const NEWS_GLOB = '{**/seeds/**/*.{txt,md},**/*.news.txt,**/*.news.md}';
const CANDIDATE_GLOB = '**/*.{txt,md}';
const EXCLUDE_GLOB = '{**/node_modules/**,**/.git/**,**/dist/**,**/out/**,**/.vscode-test/**}';
/** Bounds the background work on huge workspaces. */
const MAX_FILES = 500;
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
    const stat = await vscode.workspace.fs.stat(uri);
    if (stat.size > MAX_FILE_BYTES) return undefined;
    const text = this.decoder.decode(await vscode.workspace.fs.readFile(uri));
    if (isNewsPath(uri.path)) return text;
    return this.detectChinese() && isMostlyChinese(text) ? text : undefined;
  }
}
