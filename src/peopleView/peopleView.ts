import * as vscode from 'vscode';
import type { PeopleOrder } from '../core/officials';
import type { PeopleIndex } from './peopleIndex';
import { PeopleTreeProvider, type PeopleNode } from './peopleTreeProvider';

export const PEOPLE_VIEW_ID = 'newsAnnotator.people';
/** Context keys: the view shows in news workspaces; its title buttons follow the filter and the order. */
const NEWS_WORKSPACE_KEY = 'newsAnnotator.newsWorkspace';
const FILTERED_KEY = 'newsAnnotator.peopleFiltered';
const ORDER_KEY = 'newsAnnotator.peopleOrder';
/** Indexing fires a change per file: redraw at most this often. */
const REFRESH_DELAY_MS = 250;

/** What the view shows now, for commands to return (tests and scripts read it). */
export interface PeopleViewContents {
  message: string | undefined;
  people: { item: vscode.TreeItem; titles: vscode.TreeItem[] }[];
}

/** The People view in the Explorer: the tree, its message (filter, indexing), its filter and order. */
export class PeopleView implements vscode.Disposable {
  private currentOrder: PeopleOrder = 'name';
  private currentFilter = '';
  private readonly provider: PeopleTreeProvider;
  private readonly treeView: vscode.TreeView<PeopleNode>;
  private readonly disposables: vscode.Disposable[] = [];
  private refreshTimer: ReturnType<typeof setTimeout> | undefined;
  private markedNewsWorkspace = false;

  constructor(readonly people: PeopleIndex) {
    this.provider = new PeopleTreeProvider(people, () => ({ order: this.currentOrder, filter: this.currentFilter }));
    this.treeView = vscode.window.createTreeView(PEOPLE_VIEW_ID, { treeDataProvider: this.provider, showCollapseAll: true });
    const indexChanged = people.onDidChange(() => this.scheduleRefresh());
    this.disposables.push(this.provider, this.treeView, { dispose: () => indexChanged.dispose() },
      this.treeView.onDidChangeVisibility((e) => {
        if (e.visible) this.showWorkspace();
      }),
    );
    if (this.treeView.visible) this.showWorkspace();
    this.updateTitle();
  }

  get order(): PeopleOrder {
    return this.currentOrder;
  }

  get filter(): string {
    return this.currentFilter;
  }

  setFilter(filter: string): void {
    this.currentFilter = filter.trim();
    void vscode.commands.executeCommand('setContext', FILTERED_KEY, this.currentFilter !== '');
    this.refreshNow();
  }

  setOrder(order: PeopleOrder): void {
    this.currentOrder = order;
    this.refreshNow();
  }

  /** Opens the view on one person: filtered to the name, the person selected and expanded. */
  async revealPerson(name: string): Promise<boolean> {
    await this.markNewsWorkspace();
    this.setFilter(name);
    const person = this.people.person(name);
    if (!person) return false;
    await vscode.commands.executeCommand(`${PEOPLE_VIEW_ID}.focus`);
    await this.treeView.reveal(this.provider.personNode(person), { select: true, focus: true, expand: true });
    return true;
  }

  /** The view's items as VS Code gets them (each person with its titles). */
  contents(): PeopleViewContents {
    const item = (node: PeopleNode) => this.provider.resolveTreeItem(this.provider.getTreeItem(node), node);
    const people = this.provider.getChildren().map((node) => ({ item: item(node), titles: this.provider.getChildren(node).map(item) }));
    return { message: this.treeView.message, people };
  }

  /** A news document was analysed: this is a news workspace, and the view may show. */
  async markNewsWorkspace(): Promise<void> {
    if (this.markedNewsWorkspace) return;
    this.markedNewsWorkspace = true;
    await vscode.commands.executeCommand('setContext', NEWS_WORKSPACE_KEY, true);
  }

  private showWorkspace(): void {
    void this.people.ensureIndexed().then(() => this.refreshNow());
  }

  /** A hidden view is refreshed when it shows again (showWorkspace): edits cost it nothing meanwhile. */
  private scheduleRefresh(): void {
    if (!this.treeView.visible) return;
    this.refreshTimer ??= setTimeout(() => this.refreshNow(), REFRESH_DELAY_MS);
  }

  private refreshNow(): void {
    if (this.refreshTimer) clearTimeout(this.refreshTimer);
    this.refreshTimer = undefined;
    this.updateTitle();
    this.provider.refresh();
  }

  private updateTitle(): void {
    const total = this.people.list(this.currentOrder).length;
    const shown = this.currentFilter ? this.people.list(this.currentOrder, this.currentFilter).length : total;
    if (total > 0) void this.markNewsWorkspace();
    this.treeView.message = this.currentFilter
      ? vscode.l10n.t('{0} of {1} people match “{2}”', shown, total, this.currentFilter)
      : total === 0
        ? this.people.isReady ? vscode.l10n.t('No people found in the news files of this workspace.') : vscode.l10n.t('Reading the news files of the workspace…')
        : undefined;
    this.treeView.description = this.currentOrder === 'name' ? vscode.l10n.t('by name') : vscode.l10n.t('by reports');
    void vscode.commands.executeCommand('setContext', ORDER_KEY, this.currentOrder);
  }

  dispose(): void {
    if (this.refreshTimer) clearTimeout(this.refreshTimer);
    vscode.Disposable.from(...this.disposables).dispose();
  }
}
