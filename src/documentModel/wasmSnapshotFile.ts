// jieba-wasm's dictionary kept on disk as a snapshot of its memory (src/core/segment/wasmSnapshot.ts), in the
// extension's global storage: written once per jieba-wasm build (~50 MB, by a short-lived process, so the .vsix
// stays small), restored by the analysis worker to answer the first analysis of a session in a fraction of the
// time nodejieba needs to load.
import { createHash } from 'node:crypto';
import { closeSync, existsSync, fstatSync, mkdirSync, openSync, read, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createSnapshotWasmSegmenter, type SnapshotUserWords } from '../core/segment/wasmSnapshot';
import type { Segmenter } from '../core/segment/segmenter';

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

export type RestoredWasm = { segmenter: Segmenter } | { missing: true } | { refusedBecause: string };

/** A snapshot found by the analysis worker, as the process restoring it is told of it (no need to hash the wasm again). */
export interface WasmSnapshotPlace {
  wasmFile: string;
  moduleKey: string;
  file: string;
}

/** The wasm's bytes compiled, and the snapshot's bytes. */
export interface ReadWasmSnapshot {
  module: WebAssembly.Module;
  snapshot: Uint8Array;
}

/** Where the snapshot for this wasm build is in `folder`, when there is one (unverified: restoring checks it). */
export function findWasmSnapshot(folder: string, wasmFile: string): WasmSnapshotPlace | undefined {
  const moduleKey = moduleKeyOf(wasmFile);
  const file = snapshotFile(folder, moduleKey);
  return existsSync(file) ? { wasmFile, moduleKey, file } : undefined;
}

/**
 * Reads the wasm and the snapshot and compiles the wasm, asynchronously: started before a process evaluates the
 * core, the snapshot's read (a libuv thread) and the compilation (V8's background threads) proceed meanwhile.
 */
export async function readWasmSnapshot(place: WasmSnapshotPlace): Promise<ReadWasmSnapshot | { missing: true }> {
  const snapshot = readWholeFile(place.file).catch(() => undefined);
  // 4 MB, read at once: the compilation then starts now rather than after reads that wait on the busy thread.
  const module = await WebAssembly.compile(readFileSync(place.wasmFile));
  const bytes = await snapshot;
  return bytes ? { module, snapshot: bytes } : { missing: true };
}

/**
 * A file's bytes read by one call on libuv's thread pool (opened and sized at once): fs.promises.readFile reads
 * 512 kB at a time, each next read started from the JS thread, so a 50 MB file read while that thread evaluates
 * the core hardly progressed until it was free (measured: 30 ms of waiting after the core had loaded).
 */
function readWholeFile(file: string): Promise<Buffer> {
  // Thrown in the executor (a missing file), an error rejects the promise.
  return new Promise<Buffer>((resolve, reject) => {
    const fd = openSync(file, 'r');
    const done = (error?: Error): void => {
      closeSync(fd);
      if (error) reject(error);
      else resolve(bytes);
    };
    let bytes: Buffer;
    try {
      bytes = Buffer.allocUnsafe(fstatSync(fd).size);
    } catch (error) {
      return done(error as Error);
    }
    const readFrom = (offset: number): void => {
      if (offset === bytes.length) return done();
      read(fd, bytes, offset, bytes.length - offset, offset, (error, count) => {
        if (error || count === 0) done(error ?? new Error(`${file}: shorter than its size`));
        else readFrom(offset + count);
      });
    };
    readFrom(0);
  });
}

/**
 * jieba-wasm ready from the snapshot read, with `userWords` (snapshotUserWords: the snapshot must have been taken
 * with them); a snapshot refused is deleted (the next writer replaces it).
 */
export function restoreWasmSegmenter(place: WasmSnapshotPlace, read: ReadWasmSnapshot, userWords: SnapshotUserWords): RestoredWasm {
  const restored = createSnapshotWasmSegmenter(read.module, place.moduleKey, read.snapshot, userWords);
  if (!restored.refusedBecause) return { segmenter: restored.segmenter };
  rmSync(place.file, { force: true });
  return { refusedBecause: restored.refusedBecause };
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
