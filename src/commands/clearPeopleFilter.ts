import type { PeopleView, PeopleViewContents } from '../peopleView/peopleView';
import type { Command } from './commandManager';

/** The ✕ in the People view's title while a filter is on. */
export class ClearPeopleFilterCommand implements Command {
  readonly id = 'newsAnnotator.clearPeopleFilter';

  constructor(private readonly view: PeopleView) {}

  execute(): PeopleViewContents {
    this.view.setFilter('');
    return this.view.contents();
  }
}
