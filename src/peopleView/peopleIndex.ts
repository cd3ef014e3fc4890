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

interface Snapshot {
  people: Map<string, PersonSummary>;
  pinyin: Map<string, string>;
  sorted: Map<PeopleOrder, PersonSummary[]>;
}

/**
 * Every person across the workspace's news files, summarised once per change of the index (not per hover or
 * per tree refresh). Pure: the People view, the hover and the bench share it.
 */
export class PeopleIndex {
  private snapshot: Snapshot | undefined;
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

  /** A file was (re-)analysed or removed: summaries are rebuilt on the next question. */
  invalidate(): void {
    this.snapshot = undefined;
    this.version++;
    this.changed.fire();
  }

  person(name: string): PersonSummary | undefined {
    return this.current().people.get(name);
  }

  /** Officials first, then by pinyin or number of reports; only those matching `filter` (name, pinyin, title). */
  list(order: PeopleOrder, filter = ''): PersonSummary[] {
    const snapshot = this.current();
    let sorted = snapshot.sorted.get(order);
    if (!sorted) snapshot.sorted.set(order, (sorted = sortPeople([...snapshot.people.values()], order, (name) => this.sortKey(name))));
    return filter.trim() ? filterPeople(sorted, filter, (name) => this.sortKey(name)) : sorted;
  }

  /** The name's pinyin without tones or spaces (the name itself when the analysis gave none). */
  sortKey(name: string): string {
    return this.current().pinyin.get(name) ?? name;
  }

  /** Every row of every file, by file then position: the people table. */
  rows(): PersonTitleRow[] {
    return this.source.peopleByFile()
      .sort((a, b) => (a.uri < b.uri ? -1 : a.uri > b.uri ? 1 : 0))
      .flatMap((file) => file.rows);
  }

  private current(): Snapshot {
    if (this.snapshot) return this.snapshot;
    const files = this.source.peopleByFile();
    const pinyin = new Map<string, string>();
    for (const file of files) for (const [name, spelled] of Object.entries(file.pinyin)) if (spelled && !pinyin.has(name)) pinyin.set(name, plainPinyin(spelled));
    const people = summarizePeople(files.flatMap((file) => file.rows));
    this.snapshot = { people, pinyin, sorted: new Map() };
    return this.snapshot;
  }

  dispose(): void {
    this.changed.dispose();
  }
}
