/** Files done, MB/s and ETA on one rewritten stderr line, only when stderr is a terminal. */
import type { WriteStream } from 'node:tty';

/** Redraws at most this often: a fast run over small files must not spend its time drawing. */
const REDRAW_MS = 200;

export class ProgressBar {
  private done = 0;
  private bytes = 0;
  private readonly started = Date.now();
  private lastDrawn = 0;

  constructor(
    private readonly stream: Pick<WriteStream, 'write' | 'isTTY'>,
    /** Undefined when the input is a stream of unknown length. */
    private readonly total: number | undefined,
  ) {}

  /** Items finished so far. */
  get count(): number {
    return this.done;
  }

  get enabled(): boolean {
    return this.stream.isTTY === true;
  }

  /** One more item finished, of `bytes` bytes of input. */
  tick(bytes: number): void {
    this.done++;
    this.bytes += bytes;
    if (!this.enabled) return;
    const now = Date.now();
    if (now - this.lastDrawn < REDRAW_MS && this.done !== this.total) return;
    this.lastDrawn = now;
    this.stream.write(`\r${this.describe(now)}\x1b[K`);
  }

  /** The line as drawn at time `now` (ms). */
  describe(now: number): string {
    const seconds = Math.max((now - this.started) / 1000, 0.001);
    const mbPerSecond = this.bytes / 1024 / 1024 / seconds;
    const count = this.total === undefined ? `${this.done} done` : `${this.done}/${this.total}`;
    const parts = [`annotating ${count}`, `${mbPerSecond.toFixed(2)} MB/s`];
    if (this.total !== undefined && this.done > 0) {
      const eta = Math.round((seconds / this.done) * (this.total - this.done));
      parts.push(`ETA ${Math.floor(eta / 60)}:${String(eta % 60).padStart(2, '0')}`);
    }
    return parts.join('  ');
  }

  /** Writes a message on its own line of stderr, the bar (if any) drawn again below it. */
  message(line: string): void {
    this.stream.write(this.enabled ? `\r\x1b[K${line}\n` : `${line}\n`);
    this.lastDrawn = 0;
  }

  /** Ends the line, so that what follows on stderr starts on a fresh one. */
  finish(): void {
    if (this.enabled && this.done > 0) this.stream.write('\n');
  }
}
