// Helpers shared by the issue 5 integration tests (bad inputs, soak, l10n): the extension's API, workspace
// files made on the fly, hovers, waiting.
import * as assert from 'node:assert';
import * as vscode from 'vscode';
import type { NewsDocuments } from '../../src/documentModel/newsDocuments';

export const EXTENSION_ID = 'newsannotator.news-annotator';

/** What activate() returns (src/extension.node.ts). */
export interface NewsAnnotatorApi {
  documents: NewsDocuments;
}

export async function extensionApi(): Promise<NewsAnnotatorApi> {
  const extension = vscode.extensions.getExtension<NewsAnnotatorApi>(EXTENSION_ID);
  assert.ok(extension, `${EXTENSION_ID} should be installed`);
  return extension.activate();
}

export function workspaceUri(relativePath: string): vscode.Uri {
  return vscode.Uri.joinPath(vscode.workspace.workspaceFolders![0].uri, relativePath);
}

/** Writes `content` (text as UTF-8, or raw bytes) to a workspace file and returns its URI. */
export async function writeWorkspaceFile(relativePath: string, content: string | Uint8Array): Promise<vscode.Uri> {
  const uri = workspaceUri(relativePath);
  await vscode.workspace.fs.createDirectory(vscode.Uri.joinPath(uri, '..'));
  await vscode.workspace.fs.writeFile(uri, typeof content === 'string' ? new TextEncoder().encode(content) : content);
  return uri;
}

export async function openSeed(name: string): Promise<vscode.TextDocument> {
  const [uri] = await vscode.workspace.findFiles(`**/${name}`, '**/node_modules/**', 1);
  assert.ok(uri, `seed ${name} should be in the workspace`);
  const document = await vscode.workspace.openTextDocument(uri);
  await vscode.window.showTextDocument(document, { preview: false });
  return document;
}

export async function hoverAt(document: vscode.TextDocument, needle: string, occurrence = 0): Promise<string> {
  let index = -1;
  for (let i = 0; i <= occurrence; i++) index = document.getText().indexOf(needle, index + 1);
  assert.ok(index >= 0, `"${needle}" should occur in ${document.uri.path}`);
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, document.positionAt(index + 1));
  return (hovers ?? []).flatMap((h) => h.contents).map((c) => (typeof c === 'string' ? c : c.value)).join('\n');
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export async function waitFor<T>(what: string, probe: () => T | undefined | false | Promise<T | undefined | false>, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(100);
  }
}

/** News paragraphs (the seeds' own) repeated to about `bytes` of UTF-8. */
export async function newsTextOfSize(bytes: number): Promise<string> {
  const seeds = await vscode.workspace.findFiles('**/seeds/*.txt', '**/node_modules/**', 10);
  const texts = await Promise.all(seeds.map(async (uri) => new TextDecoder().decode(await vscode.workspace.fs.readFile(uri))));
  const unit = texts.join('\n\n');
  const unitBytes = new TextEncoder().encode(unit).length;
  return unit.repeat(Math.max(1, Math.round(bytes / unitBytes)));
}
