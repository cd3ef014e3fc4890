import * as vscode from 'vscode';
import { ClearPeopleFilterCommand } from '../commands/clearPeopleFilter';
import type { CommandManager } from '../commands/commandManager';
import { ExportPeopleTableCommand } from '../commands/exportPeopleTable';
import { FilterPeopleCommand } from '../commands/filterPeople';
import { RevealPersonCommand } from '../commands/revealPerson';
import { SortPeopleCommand } from '../commands/sortPeople';
import type { NewsDocuments } from '../documentModel/newsDocuments';
import { PeopleIndex } from './peopleIndex';
import { PeopleView } from './peopleView';

/**
 * The People index over the workspace index (rebuilt lazily whenever an analysis changes), the People view and
 * its commands. Returns the index for the hover's titles over time.
 */
export function registerPeopleFeatures(documents: NewsDocuments, commandManager: CommandManager): { people: PeopleIndex; disposable: vscode.Disposable } {
  const people = new PeopleIndex(documents.workspaceIndex);
  const view = new PeopleView(people);
  commandManager.registerCommand(new FilterPeopleCommand(view));
  commandManager.registerCommand(new ClearPeopleFilterCommand(view));
  commandManager.registerCommand(new SortPeopleCommand(view, 'name'));
  commandManager.registerCommand(new SortPeopleCommand(view, 'reports'));
  commandManager.registerCommand(new RevealPersonCommand(view));
  commandManager.registerCommand(new ExportPeopleTableCommand(people));
  const disposable = vscode.Disposable.from(
    documents.onDidChange(() => {
      people.invalidate();
      void view.markNewsWorkspace();
    }),
    view,
    { dispose: () => people.dispose() },
  );
  return { people, disposable };
}
