/** The part of vscode.CancellationToken the model needs; vscode's own tokens satisfy it structurally. */
export interface CancellationSignal {
  readonly isCancellationRequested: boolean;
  onCancellationRequested(listener: () => void): { dispose(): void };
}

export class CancelledError extends Error {
  constructor() {
    super('Cancelled');
    this.name = 'Canceled';
  }
}

/** A settable signal (vscode's CancellationTokenSource without the vscode module). */
export class CancellationSource {
  private cancelled = false;
  private readonly listeners = new Set<() => void>();
  readonly signal: CancellationSignal;

  constructor() {
    const isCancelled = (): boolean => this.cancelled;
    this.signal = {
      get isCancellationRequested() {
        return isCancelled();
      },
      onCancellationRequested: (listener) => {
        if (this.cancelled) {
          listener();
          return { dispose: () => undefined };
        }
        this.listeners.add(listener);
        return { dispose: () => void this.listeners.delete(listener) };
      },
    };
  }

  cancel(): void {
    if (this.cancelled) return;
    this.cancelled = true;
    for (const listener of [...this.listeners]) listener();
    this.listeners.clear();
  }
}

export const NEVER_CANCELLED: CancellationSignal = {
  isCancellationRequested: false,
  onCancellationRequested: () => ({ dispose: () => undefined }),
};

/** Resolves with `promise`, or with `undefined` as soon as `signal` is cancelled. */
export function raceCancellation<T>(promise: Promise<T>, signal: CancellationSignal | undefined): Promise<T | undefined> {
  if (!signal) return promise;
  if (signal.isCancellationRequested) return Promise.resolve(undefined);
  return new Promise<T | undefined>((resolve, reject) => {
    const subscription = signal.onCancellationRequested(() => resolve(undefined));
    promise.then(
      (value) => {
        subscription.dispose();
        resolve(value);
      },
      (error) => {
        subscription.dispose();
        reject(error);
      },
    );
  });
}
