import * as vscode from 'vscode';

/** One small class per command (as in markdown-language-features); the manager registers and disposes them. */
export interface Command {
  readonly id: string;
  execute(...args: unknown[]): unknown;
}

export class CommandManager implements vscode.Disposable {
  private readonly registrations = new Map<string, vscode.Disposable>();

  register(command: Command): void {
    if (this.registrations.has(command.id)) return;
    this.registrations.set(command.id, vscode.commands.registerCommand(command.id, command.execute, command));
  }

  dispose(): void {
    for (const registration of this.registrations.values()) registration.dispose();
    this.registrations.clear();
  }
}
