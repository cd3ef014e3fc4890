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
/** Version 2: taken after the user words and the probe below (version 1 snapshots, of a colder instance, are refused and written again). */
const MAGIC = 'NAJWSNP2';
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
  const exports = initSync({ module: wasm });
  const segmenter = createWasmSegmenter({ tag, add_word });
  const userWordsKey = userWords?.key ?? '';
  if (snapshot) {
    const refusedBecause = restoreSnapshot(exports, moduleKey, userWordsKey, snapshot);
    if (!refusedBecause && userWords) markSegmenterPrepared(segmenter);
    return { segmenter, restored: !refusedBecause, refusedBecause };
  }
  if (userWords) {
    for (const [word, wordTag] of userWords.words) segmenter.addWord(word, wordTag);
    markSegmenterPrepared(segmenter);
  }
  const probe = showTags();
  return { segmenter, restored: false, snapshot: takeSnapshot(exports, moduleKey, userWordsKey, probe) };
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
  const header: SnapshotHeader = { moduleKey, userWordsKey, pages: memory.length / PAGE, tableLength: table.length, table: slots, probe };
  const headerBytes = new TextEncoder().encode(JSON.stringify(header));
  const out = new Uint8Array(MAGIC.length + 4 + headerBytes.length + kept.length * (4 + PAGE));
  const view = new DataView(out.buffer);
  out.set(new TextEncoder().encode(MAGIC));
  view.setUint32(MAGIC.length, headerBytes.length, true);
  out.set(headerBytes, MAGIC.length + 4);
  let at = MAGIC.length + 4 + headerBytes.length;
  for (const page of kept) {
    view.setUint32(at, page, true);
    out.set(memory.subarray(page * PAGE, (page + 1) * PAGE), at + 4);
    at += 4 + PAGE;
  }
  return out;
}

function isZero(memory: Uint8Array, start: number): boolean {
  const words = new Uint32Array(memory.buffer, memory.byteOffset + start, PAGE / 4);
  for (let i = 0; i < words.length; i++) if (words[i] !== 0) return false;
  return true;
}

/** Undefined when the snapshot is restored and verified; otherwise why not. */
function restoreSnapshot(exports: InitOutput, moduleKey: string, userWordsKey: string, snapshot: Uint8Array): string | undefined {
  try {
    if (new TextDecoder().decode(snapshot.subarray(0, MAGIC.length)) !== MAGIC) return 'not a snapshot';
    const view = new DataView(snapshot.buffer, snapshot.byteOffset, snapshot.byteLength);
    const headerLength = view.getUint32(MAGIC.length, true);
    const header = JSON.parse(new TextDecoder().decode(snapshot.subarray(MAGIC.length + 4, MAGIC.length + 4 + headerLength))) as SnapshotHeader;
    if (header.moduleKey !== moduleKey) return 'taken of another jieba-wasm build';
    if (header.userWordsKey !== userWordsKey) return 'taken with other user words';
    const bodyStart = MAGIC.length + 4 + headerLength;
    if ((snapshot.length - bodyStart) % (4 + PAGE) !== 0) return 'truncated';
    const grow = header.pages - exports.memory.buffer.byteLength / PAGE;
    if (grow < 0) return 'smaller than a fresh instance';
    // The fresh instance's own pages (its data segments) are cleared: a page the snapshot leaves out is zero.
    new Uint8Array(exports.memory.buffer).fill(0);
    if (grow > 0) exports.memory.grow(grow);
    const memory = new Uint8Array(exports.memory.buffer);
    for (let at = bodyStart; at < snapshot.length; at += 4 + PAGE) {
      const page = view.getUint32(at, true);
      if (page >= header.pages) return 'page out of range';
      memory.set(snapshot.subarray(at + 4, at + 4 + PAGE), page * PAGE);
    }
    const table = exports.__wbindgen_export_2;
    if (table.length < header.tableLength) table.grow(header.tableLength - table.length);
    for (let i = 0; i < table.length; i++) table.set(i, null);
    for (const [index, ...value] of header.table) table.set(index, value.length ? value[0] : undefined);
    const probe = showTags();
    return probe === header.probe ? undefined : 'its probe sentence tags differently';
  } catch (error) {
    return `unreadable (${error instanceof Error ? error.message : String(error)})`;
  }
}
