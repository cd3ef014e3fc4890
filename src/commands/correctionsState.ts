import type { CorrectionsState, CorrectionsStore } from '../corrections/correctionsStore';
import type { Command } from './commandManager';
import { CorrectionsStateCommandId } from '../commandIds';

/** Internal (hidden from the palette): the corrections file as the extension sees it, for tests and diagnosis. */
export class CorrectionsStateCommand implements Command {
  readonly id = CorrectionsStateCommandId;

  constructor(private readonly store: CorrectionsStore) {}

  execute(): CorrectionsState {
    return this.store.state;
  }
}
