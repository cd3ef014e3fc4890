/** Which files of a folder are news reports: the one walk shared by `annotate --jsonl` and `people`. */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const NEWS_FILE = /\.(txt|md)$/i;
/** Never reports: tool and version-control folders (dot folders such as .git and .vscode are skipped too). */
const SKIPPED_FOLDERS = new Set(['node_modules']);

/** 'folder', 'file', or undefined when nothing is at `path` (or it cannot be read). */
export function pathKind(path: string): 'folder' | 'file' | undefined {
  try {
    return statSync(path).isDirectory() ? 'folder' : 'file';
  } catch {
    return undefined;
  }
}

/** The .txt / .md files under `folder`, at any depth, sorted by path. */
export function newsFilesUnder(folder: string): string[] {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.isDirectory() && !SKIPPED_FOLDERS.has(entry.name) && !entry.name.startsWith('.')) walk(join(dir, entry.name));
      else if (entry.isFile() && NEWS_FILE.test(entry.name)) files.push(join(dir, entry.name));
    }
  };
  walk(folder);
  return files.sort();
}
