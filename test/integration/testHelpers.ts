// Helpers shared by the integration suites: the extension's API, the seeds, workspace files made on the fly,
// hovers, semantic tokens, waiting.
import * as assert from 'node:assert';
import * as fs from 'node:fs';
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

export const SEED_000 = '000_deca428bdd7aab90.txt';
export const SEED_002 = '002_743d57c06baac69f.txt';
/** The first analysis loads the segmenter and the gazetteers; allow for it. */
export const FIRST_ANALYSIS_TIMEOUT = 60_000;

/** Offset of the n-th occurrence of `needle`. */
export function offsetOf(document: vscode.TextDocument, needle: string, occurrence = 0): number {
  let index = -1;
  for (let i = 0; i <= occurrence; i++) index = document.getText().indexOf(needle, index + 1);
  assert.ok(index >= 0, `"${needle}" (occurrence ${occurrence}) should occur in ${document.uri.path}`);
  return index;
}

/** Position inside the n-th occurrence of `needle` (one character in, so a hover lands on it). */
export function positionOf(document: vscode.TextDocument, needle: string, occurrence = 0): vscode.Position {
  return document.positionAt(offsetOf(document, needle, occurrence) + 1);
}

export function hoverText(hovers: vscode.Hover[] | undefined): string {
  return (hovers ?? []).flatMap((h) => h.contents).map((c) => (typeof c === 'string' ? c : c.value)).join('\n');
}

export async function hoverAt(document: vscode.TextDocument, needle: string, occurrence = 0): Promise<string> {
  return hoverText(await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, positionOf(document, needle, occurrence)));
}

export function flattenSymbols(symbols: vscode.DocumentSymbol[]): vscode.DocumentSymbol[] {
  return symbols.flatMap((symbol) => [symbol, ...flattenSymbols(symbol.children ?? [])]);
}

export interface DecodedToken {
  line: number;
  character: number;
  length: number;
  type: string;
  modifiers: string[];
}

export function decodeTokens(tokens: vscode.SemanticTokens, legend: vscode.SemanticTokensLegend): DecodedToken[] {
  const out: DecodedToken[] = [];
  let line = 0;
  let character = 0;
  for (let i = 0; i < tokens.data.length; i += 5) {
    const [deltaLine, deltaStart, length, type, modifierBits] = tokens.data.slice(i, i + 5);
    line += deltaLine;
    character = deltaLine === 0 ? character + deltaStart : deltaStart;
    const modifiers = legend.tokenModifiers.filter((_, bit) => modifierBits & (1 << bit));
    out.push({ line, character, length, type: legend.tokenTypes[type], modifiers });
  }
  return out;
}

/** The semantic tokens of a document, decoded. */
export async function semanticTokens(document: vscode.TextDocument): Promise<DecodedToken[]> {
  const legend = await vscode.commands.executeCommand<vscode.SemanticTokensLegend>('vscode.provideDocumentSemanticTokensLegend', document.uri);
  const tokens = await vscode.commands.executeCommand<vscode.SemanticTokens>('vscode.provideDocumentSemanticTokens', document.uri);
  return decodeTokens(tokens, legend);
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Polls `probe` until it gives a value. The default deadline is generous: it costs nothing when the value comes,
 * and a loaded shared CI machine can take several times a quiet one's time to index or analyse.
 */
export async function waitFor<T>(what: string, probe: () => T | undefined | false | Promise<T | undefined | false>, timeoutMs = 60_000): Promise<T> {
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

/**
 * The analysis worker's process id: the extension host's child running analysisWorker.js, found in Linux's /proc;
 * undefined elsewhere or when none runs.
 */
export function analysisWorkerPid(): number | undefined {
  if (!fs.existsSync('/proc')) return undefined;
  for (const pid of fs.readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
    try {
      if (!fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('analysisWorker.js')) continue;
      if (fs.readFileSync(`/proc/${pid}/status`, 'utf8').match(/^PPid:\s+(\d+)/m)?.[1] === String(process.pid)) return Number(pid);
    } catch {
      // The process ended meanwhile.
    }
  }
  return undefined;
}
