// jieba-wasm's dictionary kept on disk as a snapshot of its memory (src/core/segment/wasmSnapshot.ts), in the
// extension's global storage: written once per jieba-wasm build (~50 MB, by a short-lived process, so the .vsix
// stays small), restored by the analysis worker to answer the first analysis of a session in a fraction of the
// time nodejieba needs to load.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createSnapshotWasmSegmenter } from '../core/segment/wasmSnapshot';
import type { Segmenter } from '../core/segment/segmenter';

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

/** jieba-wasm ready from the snapshot in `folder`; a snapshot refused is deleted (the next writer replaces it). */
export function restoreWasmSegmenter(folder: string, wasmFile: string): RestoredWasm {
  const place = locate(folder, wasmFile);
  let snapshot: Uint8Array;
  try {
    snapshot = readFileSync(place.file);
  } catch {
    return { missing: true };
  }
  const restored = createSnapshotWasmSegmenter(place.wasm, place.moduleKey, snapshot);
  if (!restored.refusedBecause) return { segmenter: restored.segmenter };
  rmSync(place.file, { force: true });
  return { refusedBecause: restored.refusedBecause };
}

/** Whether `folder` holds a snapshot for this wasm build (unverified: restoring checks it). */
export function hasWasmSnapshot(folder: string, wasmFile: string): boolean {
  // Asked twice per session by the analysis worker, once on the way to the first highlight: the 4 MB wasm is
  // read and hashed once.
  return existsSync(snapshotFile(folder, moduleKeyOf(wasmFile)));
}

/** Builds jieba-wasm's dictionary and writes its snapshot into `folder` (aside, then renamed); drops other builds' snapshots. */
export function writeWasmSnapshot(folder: string, wasmFile: string): void {
  const place = locate(folder, wasmFile);
  const { snapshot } = createSnapshotWasmSegmenter(place.wasm, place.moduleKey);
  if (!snapshot) return;
  mkdirSync(folder, { recursive: true });
  const partial = `${place.file}.${process.pid}.partial`;
  writeFileSync(partial, snapshot);
  renameSync(partial, place.file);
  for (const name of readdirSync(folder)) {
    if (name.startsWith(PREFIX) && name.endsWith(SUFFIX) && join(folder, name) !== place.file) rmSync(join(folder, name), { force: true });
  }
}
