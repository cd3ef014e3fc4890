// A bundle required through a V8 code cache kept on disk: the child processes on the way to a session's first
// highlight (the analysis worker, the provisional analysis process) each compile a bundle of megabytes, and V8
// compiles a function only when it first runs. A cache made after the process has done its work holds the
// bytecode of every function it ran, so the next session's process deserialises them instead of compiling them
// (measured on the provisional bundle: compiling 95-170 ms -> 50-90 ms). The cache is written once per bundle
// build, Node version and V8 flags, after the process's answer, never before it; a cache missing, corrupt or
// refused by V8 only means the bundle compiles as without it (and a new cache is written).
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname, join } from 'node:path';
import { Script } from 'node:vm';

const PREFIX = 'code-cache-';
const SUFFIX = '.bin';
/** A cache file: this magic, the sha256 of the data, the data (V8 checks no checksum of its own in release builds). */
const MAGIC = Buffer.from('NACC0001');
const DIGEST_BYTES = 32;

/** How the cache served this load. */
export type CodeCacheStatus = 'used' | 'missing' | 'corrupt' | 'rejected' | 'off';

export interface CodeCachedBundle {
  /** The bundle's `module.exports`. */
  exports: unknown;
  status: CodeCacheStatus;
  /**
   * Writes a cache of the functions compiled so far (call it once the process has done its work), unless this
   * load used a valid one or there is no folder. Never throws: a cache not written only costs the next start.
   */
  saveCodeCache(): void;
}

const sha256 = (data: Uint8Array): Buffer => createHash('sha256').update(data).digest();

/**
 * The cache's file, named by a hash of the V8, the flags and the whole source: V8 itself compares only the
 * source's length, and would run a same-length build's stale code (tried). Another build's cache is never read.
 * The source's bytes are hashed as read: hashing the decoded text encoded it to UTF-8 again (the bundles hold
 * characters beyond ASCII), twice the time (measured: 15-20 ms against 7-9 ms for reading and hashing).
 */
function cacheFileOf(folder: string, bundleFile: string, sourceBytes: Uint8Array): string {
  const key = createHash('sha256').update(`${process.version}\0${process.versions.v8}\0${process.arch}\0${process.execArgv.join(' ')}\0`).update(sourceBytes).digest('hex');
  return join(folder, `${PREFIX}${basename(bundleFile, '.js')}-${key.slice(0, 16)}${SUFFIX}`);
}

/** The cache's data when the file is there and whole. */
function readCodeCache(file: string): Buffer | 'missing' | 'corrupt' {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch {
    return 'missing';
  }
  const data = bytes.subarray(MAGIC.length + DIGEST_BYTES);
  const whole = bytes.length > MAGIC.length + DIGEST_BYTES && bytes.subarray(0, MAGIC.length).equals(MAGIC)
    && bytes.subarray(MAGIC.length, MAGIC.length + DIGEST_BYTES).equals(sha256(data));
  return whole ? data : 'corrupt';
}

/**
 * Writes `data` aside, then renames it in place (a reader never sees half a file); drops this bundle's other
 * caches and the halves a process killed while writing left behind.
 */
function writeCodeCache(file: string, data: Buffer): void {
  const folder = dirname(file);
  mkdirSync(folder, { recursive: true });
  const partial = `${file}.${process.pid}.partial`;
  writeFileSync(partial, Buffer.concat([MAGIC, sha256(data), data]));
  renameSync(partial, file);
  const bundlePrefix = basename(file).slice(0, -(16 + SUFFIX.length));
  for (const name of readdirSync(folder)) {
    if (name.startsWith(bundlePrefix) && name !== basename(file)) rmSync(join(folder, name), { force: true });
  }
}

/**
 * Requires `bundleFile` (a CommonJS bundle) as Node would, compiled with the code cache kept in `cacheFolder`
 * (none: compiled as usual, nothing written).
 */
export function requireWithCodeCache(bundleFile: string, cacheFolder: string | undefined): CodeCachedBundle {
  const sourceBytes = readFileSync(bundleFile);
  const source = sourceBytes.toString('utf8');
  const file = cacheFolder === undefined ? undefined : cacheFileOf(cacheFolder, bundleFile, sourceBytes);
  const read = file === undefined ? 'off' : readCodeCache(file);
  const cachedData = typeof read === 'string' ? undefined : read;
  // Node's own CommonJS wrapper, so the bundle sees exports, require, module, __filename and __dirname as usual.
  const script = new Script(`(function (exports, require, module, __filename, __dirname) { ${source}\n});`, { filename: bundleFile, cachedData });
  const status: CodeCacheStatus = typeof read === 'string' ? read : script.cachedDataRejected ? 'rejected' : 'used';
  const module = { exports: {} as unknown };
  (script.runInThisContext() as (...args: unknown[]) => void)(module.exports, createRequire(bundleFile), module, bundleFile, dirname(bundleFile));
  let saved = status === 'used' || status === 'off';
  return {
    exports: module.exports,
    status,
    saveCodeCache: () => {
      if (saved || file === undefined) return;
      saved = true;
      try {
        writeCodeCache(file, script.createCachedData());
      } catch {
        // An unwritable folder: the next start compiles the bundle, as it did without a cache.
      }
    },
  };
}
