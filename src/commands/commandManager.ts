import * as vscode from 'vscode';
import { Disposable } from '../util/dispose';

/** One small class per command (as in markdown-language-features); the manager registers and disposes them. */
export interface Command {
  readonly id: string;
  execute(...args: unknown[]): unknown;
}

/** The extension's one command registry: made in extension.shared.ts and handed to every feature with commands. */
export class CommandManager extends Disposable {
  private readonly ids = new Set<string>();

  registerCommand(command: Command): void {
    if (this.ids.has(command.id)) return;
    this.ids.add(command.id);
    this.register(vscode.commands.registerCommand(command.id, command.execute, command));
  }
}
