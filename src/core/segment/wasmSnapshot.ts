import { add_word, initSync, tag, type InitOutput } from 'jieba-wasm/web';
import type { Segmenter } from './segmenter';
import { markSegmenterPrepared, type UserWord } from './userWords';
import { createWasmSegmenter } from './wasmSegmenter';

/**
 * jieba-wasm builds its dictionary (~1 s) on the first tag, inside the wasm instance's linear memory. A snapshot
 * of that memory (plus the few JS values wasm-bindgen keeps in its externref table: the cached field names
 * "word" and "tag") taken right after the build restores a ready instance in a fraction of that: grow the fresh
 * instance's memory to the snapshot's size and copy the pages in. The only mutable wasm global is the stack
 * pointer, back at its initial value between calls, so memory and table are the whole state.
 *
 * Never trusted blindly: a snapshot is keyed by the wasm module's hash and its user words' and holds the tags of a
 * probe sentence from the instance it was taken of; a restored instance must tag the probe the same, otherwise it
 * is rejected.
 */

const PAGE = 65536;
/**
 * Version 3: taken after the user words and the probe below, its stored pages listed in the header and following it
 * one after the other, so that a reader can read them straight into the memory (version 1 snapshots, of a colder
 * instance, are refused and written again).
 */
const MAGIC = 'NAJWSNP3';
/** The magic, then the header's length in bytes. */
const PREFIX_BYTES = MAGIC.length + 4;
/**
 * Tagged before the snapshot is taken and after each restore. Besides dictionary words it holds a name out of the
 * dictionary (马克龙: jieba's HMM, whose tables are read on its first use, 15-18 ms) and a decimal (3.5%: another
 * 3 ms the first time): one-time costs the writer pays and the snapshot keeps, instead of the first analysis of
 * each session.
 */
const PROBE = '国务院总理李强在北京会见了法国总统马克龙，双方就经贸合作交换意见，贸易额增长3.5%。';

/** What the snapshot keeps of wasm-bindgen's externref table: the slots not holding null (the table's filler). */
type TableSlot = [index: number, value: string | number | boolean] | [index: number];

/**
 * The user words (segmenterUserWords) added before the snapshot is taken, so that a restored instance needs none
 * added (thousands of calls into the wasm: 15-20 ms of the first analysis); `key` names them (a hash): a snapshot
 * taken with other words (another build's gazetteer) is refused.
 */
export interface SnapshotUserWords {
  key: string;
  words: readonly UserWord[];
}

interface SnapshotHeader {
  /** The wasm module's hash (the caller's, e.g. sha256 of its bytes): a snapshot of another build is refused. */
  moduleKey: string;
  /** The user words' key ('' for none). */
  userWordsKey: string;
  pages: number;
  /** The pages stored (the others are zeros), in the order their bytes follow the header. */
  stored: number[];
  tableLength: number;
  table: TableSlot[];
  probe: string;
}

export interface SnapshotWasmSegmenter {
  segmenter: Segmenter;
  /** True when the dictionary came from the snapshot given; false when it was built (the snapshot was absent or refused). */
  restored: boolean;
  /** Why a snapshot given was refused. */
  refusedBecause?: string;
  /** A new snapshot to keep, when the dictionary was built here. */
  snapshot?: Uint8Array;
}

const showTags = (): string => tag(PROBE, true).map((w) => `${w.word}/${w.tag}`).join(' ');

/**
 * jieba-wasm's web build (bundled) instantiated from `wasm` (its bytes, or compiled), its dictionary restored from `snapshot` when that
 * one is valid for this module and these user words, built otherwise (then `userWords` added, if any, and
 * snapshotted before any other word is). With `userWords` the segmenter is marked as holding them (prepareSegmenter
 * adds none). One instance per process: the glue holds a single one. A refused snapshot may have left the instance
 * half written, so the caller then builds a fresh segmenter elsewhere (`refusedBecause` set, `segmenter` unusable).
 */
export function createSnapshotWasmSegmenter(wasm: Uint8Array | WebAssembly.Module, moduleKey: string, snapshot?: Uint8Array, userWords?: SnapshotUserWords): SnapshotWasmSegmenter {
  const segmenter = createWasmSegmenter({ tag, add_word });
  if (snapshot) {
    const restore = beginSnapshotRestore(wasm, moduleKey, snapshot.subarray(0, snapshotPagesStart(snapshot) ?? 0), snapshot.length);
    const restored = 'refusedBecause' in restore ? restore : (copyPages(restore, snapshot), restore.finish(userWords?.key ?? ''));
    if ('refusedBecause' in restored) return { segmenter, restored: false, refusedBecause: restored.refusedBecause };
    if (userWords) markSegmenterPrepared(segmenter);
    return { segmenter, restored: true };
  }
  const exports = initSync({ module: wasm });
  if (userWords) {
    for (const [word, wordTag] of userWords.words) segmenter.addWord(word, wordTag);
    markSegmenterPrepared(segmenter);
  }
  const probe = showTags();
  return { segmenter, restored: false, snapshot: takeSnapshot(exports, moduleKey, userWords?.key ?? '', probe) };
}

function takeSnapshot(exports: InitOutput, moduleKey: string, userWordsKey: string, probe: string): Uint8Array {
  const memory = new Uint8Array(exports.memory.buffer);
  const table = exports.__wbindgen_export_2;
  const slots: TableSlot[] = [];
  for (let i = 0; i < table.length; i++) {
    const value: unknown = table.get(i);
    if (value === null) continue;
    if (value === undefined) slots.push([i]);
    else if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') slots.push([i, value]);
    else throw new Error(`wasm snapshot: table slot ${i} holds an object, which cannot be saved`);
  }
  // Pages of zeros are left out: a grown memory starts zeroed.
  const kept: number[] = [];
  for (let page = 0; page * PAGE < memory.length; page++) if (!isZero(memory, page * PAGE)) kept.push(page);
  const header: SnapshotHeader = { moduleKey, userWordsKey, pages: memory.length / PAGE, stored: kept, tableLength: table.length, table: slots, probe };
  const headerBytes = new TextEncoder().encode(JSON.stringify(header));
  const out = new Uint8Array(PREFIX_BYTES + headerBytes.length + kept.length * PAGE);
  out.set(new TextEncoder().encode(MAGIC));
  new DataView(out.buffer).setUint32(MAGIC.length, headerBytes.length, true);
  out.set(headerBytes, PREFIX_BYTES);
  kept.forEach((page, i) => out.set(memory.subarray(page * PAGE, (page + 1) * PAGE), PREFIX_BYTES + headerBytes.length + i * PAGE));
  return out;
}

function isZero(memory: Uint8Array, start: number): boolean {
  const words = new Uint32Array(memory.buffer, memory.byteOffset + start, PAGE / 4);
  for (let i = 0; i < words.length; i++) if (words[i] !== 0) return false;
  return true;
}

/**
 * Where the stored pages start in a snapshot whose first bytes (PREFIX_BYTES at least) are `prefix`: its header
 * ends there. Undefined when those bytes are no snapshot of this version.
 */
export function snapshotPagesStart(prefix: Uint8Array): number | undefined {
  if (prefix.length < PREFIX_BYTES || new TextDecoder().decode(prefix.subarray(0, MAGIC.length)) !== MAGIC) return undefined;
  return PREFIX_BYTES + new DataView(prefix.buffer, prefix.byteOffset, prefix.byteLength).getUint32(MAGIC.length, true);
}

export type RestoredSegmenter = { segmenter: Segmenter } | { refusedBecause: string };

/**
 * A restore under way (beginSnapshotRestore): the instance is ready but for its stored pages, which the caller
 * copies into `pages` (views into its memory, in the snapshot's order) from the snapshot's bytes at `pagesStart`
 * on, before `finish`.
 */
export interface SnapshotRestore {
  readonly pagesStart: number;
  readonly pages: readonly Uint8Array[];
  /**
   * Once `pages` hold the snapshot's bytes: the externref table restored and the probe sentence checked; a
   * snapshot taken with user words other than those `userWordsKey` names ('' for none) is refused.
   */
  finish(userWordsKey: string): RestoredSegmenter;
}

const unreadable = (error: unknown) => ({ refusedBecause: `unreadable (${error instanceof Error ? error.message : String(error)})` });

/**
 * Starts restoring a snapshot of `snapshotLength` bytes whose first bytes, up to snapshotPagesStart, are `head`:
 * jieba-wasm instantiated from `wasm`, its memory grown to the snapshot's size and the pages the snapshot does not
 * store cleared. The caller then reads the stored pages in (where it likes: a file read straight into the
 * memory) and finishes.
 */
export function beginSnapshotRestore(wasm: Uint8Array | WebAssembly.Module, moduleKey: string, head: Uint8Array, snapshotLength: number): SnapshotRestore | { refusedBecause: string } {
  try {
    const pagesStart = snapshotPagesStart(head);
    if (pagesStart === undefined || head.length < pagesStart) return { refusedBecause: 'not a snapshot' };
    const header = JSON.parse(new TextDecoder().decode(head.subarray(PREFIX_BYTES, pagesStart))) as SnapshotHeader;
    if (header.moduleKey !== moduleKey) return { refusedBecause: 'taken of another jieba-wasm build' };
    if (snapshotLength !== pagesStart + header.stored.length * PAGE) return { refusedBecause: 'truncated' };
    if (!header.stored.every((page) => Number.isInteger(page) && page >= 0 && page < header.pages)) return { refusedBecause: 'page out of range' };
    const exports = initSync({ module: wasm });
    const freshPages = exports.memory.buffer.byteLength / PAGE;
    if (header.pages < freshPages) return { refusedBecause: 'smaller than a fresh instance' };
    // The fresh instance's own pages (its data segments) are zeros where the snapshot stores none; grown pages are.
    const stored = new Set(header.stored);
    for (let page = 0; page < freshPages; page++) if (!stored.has(page)) new Uint8Array(exports.memory.buffer, page * PAGE, PAGE).fill(0);
    if (header.pages > freshPages) exports.memory.grow(header.pages - freshPages);
    const { buffer } = exports.memory;
    return {
      pagesStart,
      pages: header.stored.map((page) => new Uint8Array(buffer, page * PAGE, PAGE)),
      finish: (userWordsKey) => finishRestore(exports, header, userWordsKey),
    };
  } catch (error) {
    return unreadable(error);
  }
}

function copyPages(restore: SnapshotRestore, snapshot: Uint8Array): void {
  restore.pages.forEach((page, i) => page.set(snapshot.subarray(restore.pagesStart + i * PAGE, restore.pagesStart + (i + 1) * PAGE)));
}

function finishRestore(exports: InitOutput, header: SnapshotHeader, userWordsKey: string): RestoredSegmenter {
  try {
    if (header.userWordsKey !== userWordsKey) return { refusedBecause: 'taken with other user words' };
    const table = exports.__wbindgen_export_2;
    if (table.length < header.tableLength) table.grow(header.tableLength - table.length);
    for (let i = 0; i < table.length; i++) table.set(i, null);
    for (const [index, ...value] of header.table) table.set(index, value.length ? value[0] : undefined);
    if (showTags() !== header.probe) return { refusedBecause: 'its probe sentence tags differently' };
    return { segmenter: createWasmSegmenter({ tag, add_word }) };
  } catch (error) {
    return unreadable(error);
  }
}
