import { readFileSync, statSync } from 'node:fs';

/** A file the CLI cannot analyse; its message is the one line printed on stderr. */
export class InputError extends Error {}

/** Reads a UTF-8 text file, refusing directories, binary data and other encodings with a clear message. */
export function readNewsFile(path: string): string {
  let bytes: Buffer;
  try {
    if (statSync(path).isDirectory()) throw new InputError(`${path}: is a directory, not a text file`);
    bytes = readFileSync(path);
  } catch (error) {
    if (error instanceof InputError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    throw new InputError(code === 'ENOENT' ? `${path}: no such file` : `${path}: cannot read (${code ?? String(error)})`);
  }
  if (bytes.includes(0)) throw new InputError(`${path}: looks binary (contains NUL bytes), not a text file`);
  try {
    // The BOM stays in the text: offsets count UTF-16 code units of the file as on disk, BOM included.
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    throw new InputError(`${path}: is not valid UTF-8 (GBK or another encoding?); convert it with iconv -f GBK -t UTF-8`);
  }
}
