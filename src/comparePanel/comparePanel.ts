import * as vscode from 'vscode';
import { compareReports, type ComparisonResult } from '../core/compare';
import type { Analysis } from '../core/types';
import { compareBodyHtml, comparePanelHtml, loadingBodyHtml } from './comparePanelHtml';
import type { ComparePanelModel, CompareSide, FromCompareWebview, Side, ToCompareWebview } from './comparePanelModel';
import { createNonce } from './security';

/** Gives the analysis of a document (the extension's shared cache); undefined while it cannot. */
export type AnalysisProvider = (document: vscode.TextDocument) => Analysis | undefined | Promise<Analysis | undefined>;

/** What the compare command returns: the panel's current content, for tests and other callers. */
export interface ComparePanelSnapshot {
  a: string;
  b: string;
  result: ComparisonResult;
  /** The panel body as rendered (escaped HTML). */
  body: string;
}

export const COMPARE_VIEW_TYPE = 'newsAnnotator.compareReports';
const EMPTY_ANALYSIS: Analysis = { referenceYear: null, entities: [], events: [], headings: [] };
/** Re-compare this long after the last keystroke in either report. */
const UPDATE_DELAY_MS = 300;

function mediaRoot(extensionUri: vscode.Uri): vscode.Uri {
  return vscode.Uri.joinPath(extensionUri, 'media', 'compare');
}

export function compareWebviewOptions(extensionUri: vscode.Uri): vscode.WebviewOptions & vscode.WebviewPanelOptions {
  // Scripts for our own media only; no command links; the page may load nothing outside media/compare.
  return { enableScripts: true, enableCommandUris: false, localResourceRoots: [mediaRoot(extensionUri)] };
}

function label(document: vscode.TextDocument): string {
  return document.uri.path.split('/').pop() || document.uri.toString();
}

function isRevealMessage(message: unknown): message is FromCompareWebview {
  const m = message as Partial<FromCompareWebview> | undefined;
  return m?.type === 'reveal' && (m.side === 'a' || m.side === 'b') && Number.isInteger(m.start) && Number.isInteger(m.end);
}

/** One comparison of two open reports in a webview beside the editor; follows edits of both. */
export class ComparePanel implements vscode.Disposable {
  private readonly disposables: vscode.Disposable[] = [];
  private updateTimer: ReturnType<typeof setTimeout> | undefined;
  private shellRendered = false;
  private lastSnapshot: ComparePanelSnapshot | undefined;
  private disposed = false;

  static async open(extensionUri: vscode.Uri, a: vscode.TextDocument, b: vscode.TextDocument, getAnalysis: AnalysisProvider): Promise<ComparePanel> {
    const panel = vscode.window.createWebviewPanel(COMPARE_VIEW_TYPE, vscode.l10n.t('Compare {0} ⇄ {1}', label(a), label(b)), vscode.ViewColumn.Beside, compareWebviewOptions(extensionUri));
    const comparePanel = new ComparePanel(panel, extensionUri, a, b, getAnalysis);
    await comparePanel.update();
    return comparePanel;
  }

  /** Re-attaches a panel VS Code restored after a reload (see ComparePanelSerializer). */
  static async revive(panel: vscode.WebviewPanel, extensionUri: vscode.Uri, a: vscode.TextDocument, b: vscode.TextDocument, getAnalysis: AnalysisProvider): Promise<ComparePanel> {
    panel.webview.options = compareWebviewOptions(extensionUri);
    const comparePanel = new ComparePanel(panel, extensionUri, a, b, getAnalysis);
    await comparePanel.update();
    return comparePanel;
  }

  private constructor(
    private readonly panel: vscode.WebviewPanel,
    private readonly extensionUri: vscode.Uri,
    private readonly documentA: vscode.TextDocument,
    private readonly documentB: vscode.TextDocument,
    private readonly getAnalysis: AnalysisProvider,
  ) {
    this.panel.webview.html = this.shell(loadingBodyHtml(label(documentA), label(documentB)));
    this.disposables.push(
      this.panel.onDidDispose(() => this.dispose()),
      this.panel.webview.onDidReceiveMessage((message) => this.onMessage(message)),
      vscode.workspace.onDidChangeTextDocument((event) => {
        if (event.document === this.documentA || event.document === this.documentB) this.scheduleUpdate();
      }),
    );
  }

  /** Fires when the user closes the panel (or the extension disposes it). */
  get onDidDispose(): vscode.Event<void> {
    return this.panel.onDidDispose;
  }

  get snapshot(): ComparePanelSnapshot | undefined {
    return this.lastSnapshot;
  }

  /** Re-analyses and re-compares both reports, then refreshes the page (keeping its scroll position). */
  async update(): Promise<void> {
    const [analysisA, analysisB] = await Promise.all([this.analysisOf(this.documentA), this.analysisOf(this.documentB)]);
    if (this.disposed) return;
    const a = this.side(this.documentA, analysisA);
    const b = this.side(this.documentB, analysisB);
    const model: ComparePanelModel = { a, b, result: compareReports(a, b) };
    const body = compareBodyHtml(model);
    this.lastSnapshot = { a: model.a.uri, b: model.b.uri, result: model.result, body };
    if (!this.shellRendered) {
      this.panel.webview.html = this.shell(body);
      this.shellRendered = true;
    } else {
      const message: ToCompareWebview = { type: 'update', body };
      void this.panel.webview.postMessage(message);
    }
  }

  private side(document: vscode.TextDocument, analysis: Analysis): CompareSide {
    return { label: label(document), uri: document.uri.toString(), text: document.getText(), analysis };
  }

  private async analysisOf(document: vscode.TextDocument): Promise<Analysis> {
    try {
      return (await this.getAnalysis(document)) ?? EMPTY_ANALYSIS;
    } catch {
      // Shared passages need no analysis: show them even when the analyser fails.
      return EMPTY_ANALYSIS;
    }
  }

  private shell(body: string): string {
    const webview = this.panel.webview;
    const media = mediaRoot(this.extensionUri);
    return comparePanelHtml(body, {
      cspSource: webview.cspSource,
      nonce: createNonce(),
      scriptUri: webview.asWebviewUri(vscode.Uri.joinPath(media, 'compare.js')).toString(),
      styleUri: webview.asWebviewUri(vscode.Uri.joinPath(media, 'compare.css')).toString(),
    }, { a: this.documentA.uri.toString(), b: this.documentB.uri.toString() });
  }

  private scheduleUpdate(): void {
    if (this.updateTimer) clearTimeout(this.updateTimer);
    this.updateTimer = setTimeout(() => {
      this.updateTimer = undefined;
      this.update().catch(() => { /* a failed refresh keeps the previous view */ });
    }, UPDATE_DELAY_MS);
  }

  private async onMessage(message: unknown): Promise<void> {
    if (!isRevealMessage(message)) return;
    await this.reveal(message.side, message.start, message.end);
  }

  /** Selects [start, end) in the report's editor (opening it beside the panel's column if needed). */
  private async reveal(side: Side, start: number, end: number): Promise<void> {
    const document = side === 'a' ? this.documentA : this.documentB;
    const range = new vscode.Range(document.positionAt(start), document.positionAt(end));
    const visible = vscode.window.visibleTextEditors.find((e) => e.document === document);
    const column = visible?.viewColumn ?? (this.panel.viewColumn === vscode.ViewColumn.One ? vscode.ViewColumn.Two : vscode.ViewColumn.One);
    const editor = await vscode.window.showTextDocument(document, { viewColumn: column, preserveFocus: true });
    // Select, then reveal the start: revealing a whole long-line selection scrolls the editor sideways.
    editor.selection = new vscode.Selection(range.start, range.end);
    editor.revealRange(new vscode.Range(range.start, range.start), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  }

  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    if (this.updateTimer) clearTimeout(this.updateTimer);
    this.panel.dispose();
    for (const d of this.disposables.splice(0)) d.dispose();
  }
}
