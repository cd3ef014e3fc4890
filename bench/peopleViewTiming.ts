// How long the People view takes to list everyone and to answer a filter, beside the same number of plain tree
// items made in the same process (a ratio: the machine is shared). Shared by the bench (a fake `vscode` module,
// hand-made reports) and the scale test in the real extension host (2,000 indexed files), which records its figures.
import { performance } from 'node:perf_hooks';
import * as vscode from 'vscode';
import type { PeopleOrder } from '../src/core/officials';
import { PeopleIndex, type PeopleSource } from '../src/peopleView/peopleIndex';
import { PeopleTreeProvider } from '../src/peopleView/peopleTreeProvider';
import { median } from './stats';

export const round2 = (ms: number): number => Number(ms.toFixed(2));

export function timed(run: () => unknown): number {
  const t0 = performance.now();
  run();
  return performance.now() - t0;
}

/** A People view as the extension makes it: a fresh index over `source`, its tree provider, and the view's state. */
export function openPeopleView(source: PeopleSource) {
  const state = { order: 'name' as PeopleOrder, filter: '' };
  const people = new PeopleIndex(source);
  const provider = new PeopleTreeProvider(people, () => state);
  /** What VS Code asks for when the view shows: the root nodes, then a tree item for each. */
  const list = () => provider.getChildren().map((node) => provider.getTreeItem(node));
  return { state, people, provider, list };
}

export interface PeopleViewTimes {
  /** The first listing after indexing: every file's rows summarised per person, sorted, listed. */
  firstListingMs: number;
  /** Median of opening the view again from scratch (a new index over the same files). */
  openMs: number;
  /** Median of making the same number of plain TreeItems from a ready list of labels. */
  plainItemsMs: number;
  filterMs: number;
  /** Median of a substring filter over the plain labels, each match made into a TreeItem. */
  plainFilterMs: number;
  items: number;
  filteredItems: number;
}

/** Times the view over `source`; `filters` are the texts typed in the filter box, one per round. */
export function timePeopleView(source: PeopleSource, filters: string[]): PeopleViewTimes {
  const firstListingMs = timed(() => openPeopleView(source).list());
  const view = openPeopleView(source);
  const items = view.list().length;
  const labels = view.provider.roots().map((p) => p.name);
  const plainItems = () => labels.map((label) => {
    const item = new vscode.TreeItem(label, vscode.TreeItemCollapsibleState.Collapsed);
    item.description = label;
    return item;
  });
  const open: number[] = [];
  const plain: number[] = [];
  const filter: number[] = [];
  const plainFilter: number[] = [];
  let filteredItems = 0;
  for (const typed of filters) {
    view.state.filter = '';
    open.push(timed(() => openPeopleView(source).list()));
    plain.push(timed(plainItems));
    view.state.filter = typed;
    filter.push(timed(() => (filteredItems = view.list().length)));
    plainFilter.push(timed(() => labels.filter((l) => l.includes(typed)).map((label) => new vscode.TreeItem(label))));
  }
  view.people.dispose();
  return {
    firstListingMs: round2(firstListingMs), openMs: round2(median(open)), plainItemsMs: round2(median(plain)),
    filterMs: round2(median(filter)), plainFilterMs: round2(median(plainFilter)), items, filteredItems,
  };
}
