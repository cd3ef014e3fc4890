/** Command-line parsing with commander: generated --help per command, one-line usage errors (exit code 2). */
import { Command, CommanderError, InvalidArgumentError, Option, type OptionValues } from 'commander';

/** A mistake in the command line; its message is printed with exit code 2. */
export class UsageError extends Error {}

export interface ParsedCommand {
  args: string[];
  options: OptionValues;
}

/** A subcommand's definition, its usage errors thrown (never printed, never exiting the process). */
export function defineCommand(name: string, description: string): Command {
  return new Command(name)
    .description(description)
    .helpOption('-h, --help', 'show this help')
    .exitOverride()
    .configureOutput({ outputError: () => undefined });
}

/**
 * Parses `argv` (the words after the subcommand) with `command`. Returns undefined when commander has answered
 * by itself (--help, --version: exit code 0); a usage mistake throws UsageError with commander's message.
 */
export function parseCommand(command: Command, argv: string[]): ParsedCommand | undefined {
  try {
    command.parse(argv, { from: 'user' });
  } catch (error) {
    if (!(error instanceof CommanderError)) throw error;
    if (error.exitCode === 0) return undefined;
    throw new UsageError(error.message.replace(/^error: /, ''));
  }
  return { args: command.args, options: command.opts() };
}

/** `--reference-date YYYY-MM-DD`, checked while parsing. */
export function referenceDateOption(): Option {
  return new Option('--reference-date <YYYY-MM-DD|YYYY>', "the reference date of reports that give none (their dateline, front matter and file name come first)").argParser((value) => {
    if (!/^\d{4}(?:-\d{2}-\d{2})?$/.test(value)) throw new InvalidArgumentError(`--reference-date takes YYYY-MM-DD or YYYY, not ${value}`);
    return value;
  });
}

/** `--config PATH`: the user's corrections file. */
export function configOption(): Option {
  return new Option('--config <PATH>', 'a corrections file (.vscode/news-annotator.json) to apply');
}
