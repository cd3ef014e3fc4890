import * as vscode from 'vscode';
import type { PeopleOrder, PersonSummary, TimelineRow } from '../core/officials';
import { RevealRangeCommandId } from '../commandIds';
import type { PeopleIndex } from './peopleIndex';

/** A person, or one of their titles in one report. */
export type PeopleNode =
  | { readonly kind: 'person'; readonly person: PersonSummary }
  | { readonly kind: 'title'; readonly person: PersonSummary; readonly row: TimelineRow };

const fileName = (uri: string) => decodeURIComponent(uri.split('/').pop() ?? uri);

/** "3 reports" / "1 report". */
function reportCount(count: number): string {
  return count === 1 ? vscode.l10n.t('1 report') : vscode.l10n.t('{0} reports', count);
}

/**
 * The People view's tree: people (officials first, filtered and sorted as the view asks), each expanding to
 * their titles by date, earliest first. Nodes are cached per index generation so `reveal` finds them again.
 */
export class PeopleTreeProvider implements vscode.TreeDataProvider<PeopleNode> {
  private readonly changed = new vscode.EventEmitter<PeopleNode | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private nodes = new Map<string, PeopleNode>();
  private nodesGeneration = -1;

  constructor(
    private readonly people: PeopleIndex,
    private readonly view: () => { order: PeopleOrder; filter: string },
  ) {}

  refresh(): void {
    this.changed.fire(undefined);
  }

  /** The people listed now (after the filter), in order. */
  roots(): PersonSummary[] {
    const { order, filter } = this.view();
    return this.people.list(order, filter);
  }

  personNode(person: PersonSummary): PeopleNode {
    return this.node(`person:${person.name}`, () => ({ kind: 'person', person }));
  }

  getChildren(element?: PeopleNode): PeopleNode[] {
    if (!element) return this.roots().map((person) => this.personNode(person));
    if (element.kind === 'title') return [];
    const { person } = element;
    return person.timeline.map((row) => this.node(`title:${person.name}:${row.file}:${row.start}`, () => ({ kind: 'title', person, row })));
  }

  getParent(element: PeopleNode): PeopleNode | undefined {
    return element.kind === 'title' ? this.personNode(element.person) : undefined;
  }

  getTreeItem(element: PeopleNode): vscode.TreeItem {
    return element.kind === 'person' ? this.personItem(element.person) : titleItem(element.person, element.row);
  }

  /** Tooltips only for the item under the mouse, not for every item listed. */
  resolveTreeItem(item: vscode.TreeItem, element: PeopleNode): vscode.TreeItem {
    item.tooltip = element.kind === 'person' ? this.personTooltip(element.person) : titleTooltip(element.row);
    return item;
  }

  private personItem(person: PersonSummary): vscode.TreeItem {
    const item = new vscode.TreeItem(person.name, vscode.TreeItemCollapsibleState.Collapsed);
    item.id = `person:${person.name}`;
    item.description = [person.latestTitle, reportCount(person.reports)].filter(Boolean).join(' · ');
    // A person whose reports give more than one post: the icon in the charts' yellow, like the new-post rows.
    item.iconPath = new vscode.ThemeIcon(person.official ? 'person' : 'account', person.posts > 1 ? new vscode.ThemeColor('charts.yellow') : undefined);
    item.contextValue = person.official ? 'newsPerson.official' : 'newsPerson';
    return item;
  }

  private personTooltip(person: PersonSummary): string {
    const pinyin = this.people.sortKey(person.name);
    return [
      `${person.name}${pinyin !== person.name ? ` (${pinyin})` : ''}`,
      person.official ? vscode.l10n.t('Official') : vscode.l10n.t('Not an official'),
      person.latestTitle && vscode.l10n.t('Latest title: {0}', person.latestTitle),
      reportCount(person.reports),
      person.posts > 1 && vscode.l10n.t('{0} posts: new post in {1}', person.posts, person.timeline.filter((r) => r.newPost).map((r) => r.date.slice(0, 4)).join(', ')),
    ].filter(Boolean).join('\n');
  }

  private node(id: string, make: () => PeopleNode): PeopleNode {
    if (this.nodesGeneration !== this.people.generation) {
      this.nodes = new Map();
      this.nodesGeneration = this.people.generation;
    }
    let node = this.nodes.get(id);
    if (!node) this.nodes.set(id, (node = make()));
    return node;
  }

  dispose(): void {
    this.changed.dispose();
  }
}

/** `2017-09-12 · 湖南省省长`, the report's name beside it; a new post has its own icon and says so. */
function titleItem(person: PersonSummary, row: TimelineRow): vscode.TreeItem {
  const title = row.title || vscode.l10n.t('(no title)');
  const item = new vscode.TreeItem(`${row.date || vscode.l10n.t('no date')} · ${title}`, vscode.TreeItemCollapsibleState.None);
  item.id = `title:${person.name}:${row.file}:${row.start}`;
  item.description = fileName(row.file);
  item.iconPath = new vscode.ThemeIcon(row.newPost ? 'arrow-swap' : 'circle-small');
  item.contextValue = row.newPost ? 'newsPersonTitle.newPost' : 'newsPersonTitle';
  item.command = { command: RevealRangeCommandId, title: vscode.l10n.t('Go to mention'), arguments: [row.file, row.start, row.end] };
  return item;
}

/** The title, "new post" where it is one, the date and where it comes from, the report. */
function titleTooltip(row: TimelineRow): string {
  const title = row.title || vscode.l10n.t('(no title)');
  return [
    row.newPost ? vscode.l10n.t('new post: {0}', title) : title,
    row.date ? vscode.l10n.t('Date: {0} ({1})', row.date, row.dateSource) : vscode.l10n.t('The report gives no date'),
    vscode.workspace.asRelativePath(vscode.Uri.parse(row.file)),
  ].join('\n');
}
