// A minimal stand-in for the `vscode` module, enough to load dist/extension.js, activate it and call its
// providers the way VS Code would. Used by the bench only: there is no real extension host here.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

type Listener<T> = (value: T) => void;

export class EventEmitter<T> {
  private readonly listeners = new Set<Listener<T>>();
  readonly event = (listener: Listener<T>, thisArg?: unknown) => {
    const bound: Listener<T> = (v) => listener.call(thisArg, v);
    this.listeners.add(bound);
    return { dispose: () => void this.listeners.delete(bound) };
  };
  fire(value: T): void {
    for (const l of [...this.listeners]) l(value);
  }
  dispose(): void {
    this.listeners.clear();
  }
}

export class Disposable {
  constructor(private readonly callOnDispose: () => void) {}
  static from(...items: { dispose(): unknown }[]): Disposable {
    return new Disposable(() => items.forEach((i) => i.dispose()));
  }
  dispose(): void {
    this.callOnDispose();
  }
}

export class Uri {
  private constructor(readonly scheme: string, readonly path: string) {}
  static parse(value: string): Uri {
    return value.startsWith('file:') ? new Uri('file', fileURLToPath(value)) : new Uri(value.split(':')[0], value.replace(/^[a-z-]+:/, ''));
  }
  static file(p: string): Uri {
    return new Uri('file', p);
  }
  get fsPath(): string {
    return this.path;
  }
  toString(): string {
    return this.scheme === 'file' ? pathToFileURL(this.path).toString() : `${this.scheme}:${this.path}`;
  }
}

export class Position {
  constructor(readonly line: number, readonly character: number) {}
}
export class Range {
  readonly start: Position;
  readonly end: Position;
  constructor(a: Position | number, b: Position | number, c?: number, d?: number) {
    this.start = typeof a === 'number' ? new Position(a, b as number) : a;
    this.end = typeof a === 'number' ? new Position(c!, d!) : (b as Position);
  }
}
export class Selection extends Range {}
export class Location {
  constructor(readonly uri: Uri, readonly range: Range) {}
}
export class MarkdownString {
  isTrusted: unknown;
  constructor(readonly value = '') {}
}
export class Hover {
  constructor(readonly contents: MarkdownString, readonly range?: Range) {}
}
export class DocumentSymbol {
  children: DocumentSymbol[] = [];
  constructor(readonly name: string, readonly detail: string, readonly kind: number, readonly range: Range, readonly selectionRange: Range) {}
}
export const SymbolKind = { String: 14, Event: 23 };
export const CodeActionKind = { QuickFix: 'quickfix' };
export class SemanticTokensLegend {
  constructor(readonly tokenTypes: string[], readonly tokenModifiers: string[]) {}
}
export class SemanticTokensBuilder {
  private readonly data: number[] = [];
  private prevLine = 0;
  private prevChar = 0;
  constructor(readonly legend?: SemanticTokensLegend) {}
  push(line: number, char: number, length: number, type: number, modifiers = 0): void {
    this.data.push(line - this.prevLine, line === this.prevLine ? char - this.prevChar : char, length, type, modifiers);
    this.prevLine = line;
    this.prevChar = char;
  }
  build(): { data: Uint32Array } {
    return { data: Uint32Array.from(this.data) };
  }
}
export class InlayHint {
  paddingLeft?: boolean;
  tooltip?: string;
  constructor(readonly position: Position, readonly label: string) {}
}
export class ThemeIcon {
  constructor(readonly id: string, readonly color?: ThemeColor) {}
}
export class ThemeColor {
  constructor(readonly id: string) {}
}
export const TreeItemCollapsibleState = { None: 0, Collapsed: 1, Expanded: 2 };
export class TreeItem {
  id?: string;
  description?: string;
  tooltip?: string;
  iconPath?: ThemeIcon;
  contextValue?: string;
  command?: { command: string; title: string; arguments?: unknown[] };
  constructor(readonly label: string, readonly collapsibleState = TreeItemCollapsibleState.None) {}
}
export const TextEditorRevealType = { InCenterIfOutsideViewport: 2 };
export const StatusBarAlignment = { Left: 1, Right: 2 };
export const ViewColumn = { One: 1, Two: 2, Beside: -2 };
export class RelativePattern {
  constructor(readonly base: unknown, readonly pattern: string) {}
}
const inert = () => new Disposable(() => undefined);

/** Providers the extension registered, by kind (what the bench calls). */
export const registered: Record<string, unknown[]> = {};
const capture = (kind: string) => (_selector: unknown, provider: unknown) => {
  (registered[kind] ??= []).push(provider);
  return new Disposable(() => undefined);
};

export const languages = {
  registerHoverProvider: capture('hover'),
  registerDocumentSymbolProvider: capture('documentSymbols'),
  registerDocumentSemanticTokensProvider: capture('semanticTokens'),
  registerDefinitionProvider: capture('definition'),
  registerReferenceProvider: capture('references'),
  registerInlayHintsProvider: capture('inlayHints'),
  registerCodeActionsProvider: capture('codeActions'),
};

export const commands = {
  registerCommand: () => new Disposable(() => undefined),
  executeCommand: async () => undefined,
};

export const textDocumentChanges = new EventEmitter<unknown>();

/** The workspace: the files the bench names (seeds). */
export const workspaceFiles: string[] = [];

export const workspace = {
  onDidChangeTextDocument: textDocumentChanges.event,
  onDidCloseTextDocument: new EventEmitter<unknown>().event,
  onDidChangeConfiguration: new EventEmitter<unknown>().event,
  onDidSaveTextDocument: new EventEmitter<unknown>().event,
  onDidOpenTextDocument: new EventEmitter<unknown>().event,
  workspaceFolders: undefined,
  textDocuments: [],
  createFileSystemWatcher: () => ({ onDidChange: inert, onDidCreate: inert, onDidDelete: inert, dispose: () => undefined }),
  getConfiguration: () => ({ get: <T>(_key: string, fallback: T) => fallback }),
  findFiles: async () => workspaceFiles.map((f) => Uri.file(path.resolve(f))),
  fs: {
    stat: async (uri: Uri) => ({ size: fs.statSync(uri.fsPath).size }),
    readFile: async (uri: Uri) => new Uint8Array(fs.readFileSync(uri.fsPath)),
  },
  asRelativePath: (uri: Uri | string) => (typeof uri === 'string' ? uri : uri.path),
};

export const window = {
  createOutputChannel: () => ({ info: () => undefined, appendLine: () => undefined, dispose: () => undefined }),
  registerWebviewPanelSerializer: () => new Disposable(() => undefined),
  onDidChangeActiveTextEditor: new EventEmitter<unknown>().event,
  createStatusBarItem: () => ({ show: () => undefined, hide: () => undefined, dispose: () => undefined }),
  createTreeView: () => ({ visible: false, message: undefined, description: undefined, onDidChangeVisibility: inert, reveal: async () => undefined, dispose: () => undefined }),
  visibleTextEditors: [],
  activeTextEditor: undefined,
};

/** English, no bundle: `l10n.t` fills `{0}` placeholders as VS Code does. */
export const l10n = {
  bundle: undefined,
  t: (message: string, ...args: unknown[]) => message.replace(/\{(\d+)\}/g, (_, i: string) => String(args[Number(i)])),
};
export const env = { language: 'en' };
