/** A mistake in the command line; its message is printed with exit code 2. */
export class UsageError extends Error {}

export interface ParsedArgs {
  positional: string[];
  flags: Set<string>;
  values: Map<string, string>;
}

/** Splits argv into positionals, known boolean flags and known options with a value. */
export function parseArgs(argv: string[], flags: string[], options: string[]): ParsedArgs {
  const parsed: ParsedArgs = { positional: [], flags: new Set(), values: new Map() };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const [name, inline] = arg.split(/=(.*)/s, 2);
    if (flags.includes(arg)) parsed.flags.add(arg);
    else if (options.includes(name)) {
      const value = inline ?? argv[++i];
      if (value === undefined) throw new UsageError(`${name} needs a value`);
      parsed.values.set(name, value);
    } else if (arg.startsWith('--')) throw new UsageError(`unknown option ${arg}`);
    else parsed.positional.push(arg);
  }
  return parsed;
}
