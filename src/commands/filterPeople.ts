import * as vscode from 'vscode';
import type { PeopleView, PeopleViewContents } from '../peopleView/peopleView';
import type { Command } from './commandManager';

export const FilterPeopleCommandId = 'newsAnnotator.filterPeople';

type FilterItem = vscode.QuickPickItem & { filter: string; person?: string };

/**
 * "Filter People…": a quick pick over the people of the workspace (name, pinyin, latest title). Picking a person
 * shows just them; accepting the typed text filters by it (name, pinyin or title); an empty text clears the
 * filter. With a string argument, filters by it without asking. Returns what the view shows.
 */
export class FilterPeopleCommand implements Command {
  readonly id = FilterPeopleCommandId;

  constructor(private readonly view: PeopleView) {}

  async execute(query?: unknown): Promise<PeopleViewContents> {
    if (typeof query === 'string') this.view.setFilter(query);
    else {
      const picked = await this.pick();
      if (picked === undefined) return this.view.contents();
      if (picked.person) await this.view.revealPerson(picked.person);
      else this.view.setFilter(picked.filter);
    }
    return this.view.contents();
  }

  private pick(): Promise<FilterItem | undefined> {
    const people = this.view.people.list(this.view.order).map((person): FilterItem => ({
      label: person.name,
      description: [this.view.people.sortKey(person.name), person.latestTitle].filter(Boolean).join(' · '),
      filter: person.name,
      person: person.name,
    }));
    const typed = (value: string): FilterItem => value.trim()
      ? { label: `$(filter) ${vscode.l10n.t('Filter by “{0}”', value.trim())}`, filter: value, alwaysShow: true }
      : { label: `$(clear-all) ${vscode.l10n.t('Show everyone')}`, filter: '', alwaysShow: true };
    const quickPick = vscode.window.createQuickPick<FilterItem>();
    quickPick.title = vscode.l10n.t('Filter People');
    quickPick.placeholder = vscode.l10n.t('A name, its pinyin or a title');
    quickPick.matchOnDescription = true;
    quickPick.value = this.view.filter;
    quickPick.items = [typed(quickPick.value), ...people];
    return new Promise((resolve) => {
      quickPick.onDidChangeValue((value) => (quickPick.items = [typed(value), ...people]));
      quickPick.onDidAccept(() => {
        resolve(quickPick.selectedItems[0] ?? typed(quickPick.value));
        quickPick.hide();
      });
      quickPick.onDidHide(() => {
        resolve(undefined);
        quickPick.dispose();
      });
      quickPick.show();
    });
  }
}
