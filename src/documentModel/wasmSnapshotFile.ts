// jieba-wasm's dictionary kept on disk as a snapshot of its memory (src/core/segment/wasmSnapshot.ts), in the
// extension's global storage: written once per jieba-wasm build (~50 MB, by a short-lived process, so the .vsix
// stays small), restored by the analysis worker to answer the first analysis of a session in a fraction of the
// time nodejieba needs to load.
import { createHash } from 'node:crypto';
import { closeSync, existsSync, fstatSync, mkdirSync, openSync, readdirSync, readFileSync, readSync, readv, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beginSnapshotRestore, createSnapshotWasmSegmenter, snapshotPagesStart, type RestoredSegmenter, type SnapshotUserWords } from '../core/segment/wasmSnapshot';

/** jieba-wasm's web build, bundled next to the worker's bundles by scripts/packageSegmenters.mjs (a bundle's __dirname is dist/). */
export const WEB_WASM = join(__dirname, 'web', 'jieba_rs_wasm_bg.wasm');

const PREFIX = 'jieba-wasm-';
const SUFFIX = '.snapshot';

interface SnapshotPlace {
  wasm: Uint8Array;
  moduleKey: string;
  file: string;
}

/** sha256 of each wasm file read in this process: the file ships with the build and never changes under it. */
const moduleKeys = new Map<string, string>();

const snapshotFile = (folder: string, moduleKey: string): string => join(folder, `${PREFIX}${moduleKey.slice(0, 16)}${SUFFIX}`);

/** `wasmFile`: the web build's wasm shipped in dist/web (the snapshot is of that module). */
function locate(folder: string, wasmFile: string): SnapshotPlace {
  const wasm = readFileSync(wasmFile);
  const moduleKey = moduleKeyOf(wasmFile, wasm);
  return { wasm, moduleKey, file: snapshotFile(folder, moduleKey) };
}

/** The wasm's sha256, hashed once per process; `wasm`: its bytes when the caller has read them already. */
function moduleKeyOf(wasmFile: string, wasm?: Uint8Array): string {
  let key = moduleKeys.get(wasmFile);
  if (key === undefined) moduleKeys.set(wasmFile, (key = createHash('sha256').update(wasm ?? readFileSync(wasmFile)).digest('hex')));
  return key;
}

/** A snapshot found by the analysis worker, as the process restoring it is told of it (no need to hash the wasm again). */
export interface WasmSnapshotPlace {
  wasmFile: string;
  moduleKey: string;
  file: string;
}

/** A snapshot being restored (startSnapshotRestore), once its pages are read: `finish` makes the segmenter. */
export type SnapshotRestoring = { finish(userWordsKey: string): RestoredSegmenter } | { missing: true } | { refusedBecause: string };

/** Where the snapshot for this wasm build is in `folder`, when there is one (unverified: restoring checks it). */
export function findWasmSnapshot(folder: string, wasmFile: string): WasmSnapshotPlace | undefined {
  const moduleKey = moduleKeyOf(wasmFile);
  const file = snapshotFile(folder, moduleKey);
  return existsSync(file) ? { wasmFile, moduleKey, file } : undefined;
}

/** The snapshot's first bytes read at once: its header (a few kB: the stored pages' list, the probe) is within them. */
const HEAD_BYTES = 64 * 1024;

/**
 * Starts restoring jieba-wasm from the snapshot at `place`: compiles and instantiates the wasm and grows its memory
 * to the snapshot's size at once (a few ms), then reads the stored pages straight into that memory by one read on
 * libuv's pool. Started as the provisional process starts, the read goes on while the core loads: no 50 MB copy
 * into the memory on the JS thread afterwards (20 ms, and well over 100 ms on a loaded machine, its pages faulted
 * in twice), no 50 MB buffer outside the heap (whose pressure brought garbage collections). Settles once the pages
 * are in; a refused snapshot is deleted (the next writer replaces it), `finish` included.
 */
export function startSnapshotRestore(place: WasmSnapshotPlace): Promise<SnapshotRestoring> {
  return new Promise<SnapshotRestoring>((resolve, reject) => {
    let fd: number;
    try {
      fd = openSync(place.file, 'r');
    } catch {
      return resolve({ missing: true });
    }
    const refuse = (refused: { refusedBecause: string }) => (rmSync(place.file, { force: true }), refused);
    const settle = (outcome: SnapshotRestoring | Error) => {
      closeSync(fd);
      if (outcome instanceof Error) reject(outcome);
      else resolve('refusedBecause' in outcome ? refuse(outcome) : outcome);
    };
    try {
      const size = fstatSync(fd).size;
      let head = readHead(fd, Math.min(size, HEAD_BYTES));
      const pagesStart = snapshotPagesStart(head);
      if (pagesStart !== undefined && pagesStart > head.length && pagesStart <= size) head = readHead(fd, pagesStart);
      const restore = beginSnapshotRestore(readFileSync(place.wasmFile), place.moduleKey, head, size);
      if ('refusedBecause' in restore) return settle(restore);
      readInto(fd, restore.pages, restore.pagesStart, (error) => settle(error ?? {
        finish: (userWordsKey) => {
          const restored = restore.finish(userWordsKey);
          return 'refusedBecause' in restored ? refuse(restored) : restored;
        },
      }));
    } catch (error) {
      settle(error instanceof Error ? error : new Error(String(error)));
    }
  });
}

function readHead(fd: number, length: number): Uint8Array {
  const head = new Uint8Array(length);
  for (let at = 0, count = 1; at < length && count > 0; at += count) count = readSync(fd, head, at, length - at, at);
  return head;
}

/** Fills `views` from the file's bytes at `position` on, in order, by as few reads on libuv's pool as it takes (one, usually). */
function readInto(fd: number, views: readonly Uint8Array[], position: number, done: (error?: Error) => void): void {
  if (views.length === 0) return done();
  readv(fd, views, position, (error, count) => {
    if (error) return done(error);
    if (count === 0) return done(new Error('the snapshot is shorter than its size'));
    // A read may stop short (a cap on the views per call): go on from the first byte not read.
    let i = 0;
    let left = count;
    for (; i < views.length && left >= views[i].length; i++) left -= views[i].length;
    const rest = views.slice(i);
    if (left > 0) rest[0] = rest[0].subarray(left);
    readInto(fd, rest, position + count, done);
  });
}

/** Whether `folder` holds a snapshot for this wasm build (unverified: restoring checks it). */
export function hasWasmSnapshot(folder: string, wasmFile: string): boolean {
  // Asked twice per session by the analysis worker, once on the way to the first highlight: the 4 MB wasm is
  // read and hashed once.
  return findWasmSnapshot(folder, wasmFile) !== undefined;
}

/**
 * Builds jieba-wasm's dictionary, adds `userWords` (snapshotUserWords) and writes its snapshot into `folder` (aside,
 * then renamed); drops other builds' snapshots.
 */
export function writeWasmSnapshot(folder: string, wasmFile: string, userWords: SnapshotUserWords): void {
  const place = locate(folder, wasmFile);
  const { snapshot } = createSnapshotWasmSegmenter(place.wasm, place.moduleKey, undefined, userWords);
  if (!snapshot) return;
  mkdirSync(folder, { recursive: true });
  const partial = `${place.file}.${process.pid}.partial`;
  writeFileSync(partial, snapshot);
  renameSync(partial, place.file);
  for (const name of readdirSync(folder)) {
    if (name.startsWith(PREFIX) && name.endsWith(SUFFIX) && join(folder, name) !== place.file) rmSync(join(folder, name), { force: true });
  }
}
