import type { PeopleOrder } from '../core/officials';
import type { PeopleView, PeopleViewContents } from '../peopleView/peopleView';
import type { Command } from './commandManager';

/** "Sort People by Name" (pinyin) / "Sort People by Reports": one class, one instance per order. */
export class SortPeopleCommand implements Command {
  readonly id: string;

  constructor(
    private readonly view: PeopleView,
    private readonly order: PeopleOrder,
  ) {
    this.id = order === 'name' ? 'newsAnnotator.sortPeopleByName' : 'newsAnnotator.sortPeopleByReports';
  }

  execute(): PeopleViewContents {
    this.view.setOrder(this.order);
    return this.view.contents();
  }
}
