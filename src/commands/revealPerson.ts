import type { PeopleView, PeopleViewContents } from '../peopleView/peopleView';
import { RevealPersonCommandId } from '../commandIds';
import type { Command } from './commandManager';

/** Opens the People view on one person: the hover's "show all" under titles over time. */
export class RevealPersonCommand implements Command {
  readonly id = RevealPersonCommandId;

  constructor(private readonly view: PeopleView) {}

  async execute(name: unknown): Promise<PeopleViewContents | undefined> {
    // The argument comes from a link: check it rather than trust it.
    if (typeof name !== 'string' || name.length === 0) return undefined;
    await this.view.revealPerson(name);
    return this.view.contents();
  }
}
