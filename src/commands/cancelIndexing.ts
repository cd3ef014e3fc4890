import type { NewsDocuments } from '../documentModel/newsDocuments';
import type { Command } from './commandManager';
import { CancelIndexingCommandId } from '../commandIds';

/** Clicking "Indexing news 340/2000" in the status bar: stop reading the workspace's news files. */
export class CancelIndexingCommand implements Command {
  readonly id = CancelIndexingCommandId;

  constructor(private readonly documents: NewsDocuments) {}

  execute(): void {
    this.documents.workspaceIndex.cancelIndexing();
  }
}
