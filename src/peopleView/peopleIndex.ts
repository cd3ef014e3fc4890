import {
  filterPeople, plainPinyin, sortPeople, summarizePeople, type PeopleOrder, type PersonSummary, type PersonTitleRow,
} from '../core/officials';
import { Listeners } from '../documentModel/listeners';
import type { FilePeople } from '../documentModel/workspaceNewsIndex';

/** What the People index reads: the workspace index (rows are memoised per analysed file version there). */
export interface PeopleSource {
  peopleByFile(): FilePeople[];
  readonly isReady: boolean;
  ensureIndexed(): Promise<void>;
}

/**
 * Every person across the workspace's news files, summarised once per change of the index (not per hover or
 * per tree refresh), and then only the people of the files that changed: an edit to one report re-summarises
 * its people, not the workspace's. Pure: the People view, the hover and the bench share it.
 */
export class PeopleIndex {
  /** Each file's rows as last seen (the workspace index keeps the same array while a file is unchanged). */
  private readonly fileRows = new Map<string, readonly PersonTitleRow[]>();
  /** Each person's rows, by file: a changed file re-summarises only its people, from their rows alone. */
  private readonly rowsByName = new Map<string, Map<string, PersonTitleRow[]>>();
  private readonly people = new Map<string, PersonSummary>();
  private readonly pinyin = new Map<string, string>();
  private readonly sorted = new Map<PeopleOrder, PersonSummary[]>();
  private stale = true;
  private version = 0;
  private readonly changed = new Listeners<void>();
  readonly onDidChange = this.changed.event;

  constructor(private readonly source: PeopleSource) {}

  /** Changes whenever the summaries may have: part of the hover card's memo key. */
  get generation(): number {
    return this.version;
  }

  get isReady(): boolean {
    return this.source.isReady;
  }

  ensureIndexed(): Promise<void> {
    return this.source.ensureIndexed();
  }

  /** A file was (re-)analysed or removed: the summaries catch up on the next question. */
  invalidate(): void {
    this.stale = true;
    this.version++;
    this.changed.fire();
  }

  person(name: string): PersonSummary | undefined {
    this.update();
    return this.people.get(name);
  }

  /** Officials first, then by pinyin or number of reports; only those matching `filter` (name, pinyin, title). */
  list(order: PeopleOrder, filter = ''): PersonSummary[] {
    this.update();
    let sorted = this.sorted.get(order);
    if (!sorted) this.sorted.set(order, (sorted = sortPeople([...this.people.values()], order, (name) => this.sortKey(name))));
    return filter.trim() ? filterPeople(sorted, filter, (name) => this.sortKey(name)) : sorted;
  }

  /** The name's pinyin without tones or spaces (the name itself when the analysis gave none). */
  sortKey(name: string): string {
    return this.pinyin.get(name) ?? name;
  }

  /** Every row of every file, by file then position: the people table. */
  rows(): PersonTitleRow[] {
    this.update();
    return [...this.fileRows.keys()].sort().flatMap((uri) => this.fileRows.get(uri)!);
  }

  private update(): void {
    if (!this.stale) return;
    this.stale = false;
    const changedNames = new Set<string>();
    const seen = new Set<string>();
    for (const file of this.source.peopleByFile()) {
      seen.add(file.uri);
      const before = this.fileRows.get(file.uri);
      if (before === file.rows) continue;
      if (before) this.forgetRows(file.uri, before, changedNames);
      this.fileRows.set(file.uri, file.rows);
      for (const row of file.rows) {
        changedNames.add(row.name);
        let files = this.rowsByName.get(row.name);
        if (!files) this.rowsByName.set(row.name, (files = new Map()));
        const rows = files.get(file.uri);
        if (rows) rows.push(row);
        else files.set(file.uri, [row]);
        const spelled = file.pinyin[row.name];
        if (spelled && !this.pinyin.has(row.name)) this.pinyin.set(row.name, plainPinyin(spelled));
      }
    }
    for (const [uri, rows] of this.fileRows) {
      if (seen.has(uri)) continue;
      this.forgetRows(uri, rows, changedNames);
      this.fileRows.delete(uri);
    }
    if (changedNames.size === 0) return;
    const rowsOfChanged: PersonTitleRow[] = [];
    for (const name of changedNames) {
      for (const rows of this.rowsByName.get(name)?.values() ?? []) rowsOfChanged.push(...rows);
      this.people.delete(name);
    }
    for (const [name, summary] of summarizePeople(rowsOfChanged)) this.people.set(name, summary);
    this.sorted.clear();
  }

  private forgetRows(uri: string, rows: readonly PersonTitleRow[], changedNames: Set<string>): void {
    for (const row of rows) {
      changedNames.add(row.name);
      const files = this.rowsByName.get(row.name);
      files?.delete(uri);
      if (files?.size === 0) this.rowsByName.delete(row.name);
    }
  }

  dispose(): void {
    this.changed.dispose();
  }
}
