// A task run in a child Node process rather than a worker thread: memory a thread frees stays in the extension
// host's process (glibc keeps a thread's malloc arena; measured: a jieba-wasm dictionary built in a thread left
// the host 50 MB larger for the session), a child's goes back to the system when it exits.
import { fork, type ChildProcess, type StdioOptions } from 'node:child_process';

/**
 * Forks `script` as plain Node (in VS Code's Electron host process.execPath is Electron), messages structured-
 * cloned (`advanced`: Maps, typed arrays), `setup` on its command line (see `setupFromParent`).
 */
export function forkNodeProcess(script: string, setup?: object, stdio: StdioOptions = 'ignore'): ChildProcess {
  return fork(script, setup ? [JSON.stringify(setup)] : [], { env: { ...process.env, ELECTRON_RUN_AS_NODE: '1' }, serialization: 'advanced', stdio });
}

/** A child process that answers one job; started before the job is known, so that it prepares meanwhile. */
export interface ChildProcessJob<Input, Output> {
  /** Sends the job; settles with the child's one answer (rejects if it ends without one). */
  ask(input: Input): Promise<Output>;
  /** The job will not come: the child is ended. */
  dismiss(): void;
}

/**
 * Starts `script` (a bundled entry calling `answerParent`), with `setup` on its command line (read by
 * `setupFromParent`): the child works on it from its first line, before any message can reach it.
 */
export function startChildProcess<Input, Output>(script: string, setup?: object): ChildProcessJob<Input, Output> {
  const child = forkNodeProcess(script, setup);
  const answer = new Promise<Output>((resolve, reject) => {
    child.once('message', (output) => resolve(output as Output));
    child.once('error', reject);
    child.once('exit', (code) => reject(new Error(`${script} ended (exit code ${code}) without an answer`)));
  });
  // A dismissed child's end is nobody's error.
  answer.catch(() => undefined);
  return {
    ask: (input) => {
      child.send(input as object, (error) => error && child.kill());
      return answer;
    },
    dismiss: () => void child.kill(),
  };
}

/** Starts `script` with `input`; resolves with its one answer. */
export function runInChildProcess<Input, Output>(script: string, input: Input): Promise<Output> {
  return startChildProcess<Input, Output>(script).ask(input);
}

/** The child's side: the setup its parent started it with (startChildProcess), if any. */
export function setupFromParent<Setup>(): Setup | undefined {
  const argument = process.argv[2];
  return argument === undefined ? undefined : (JSON.parse(argument) as Setup);
}

/**
 * The child's side: takes the one input, sends back what `work` makes of it, runs `afterAnswer` (work that must
 * not delay the answer), exits (without an answer if `work` throws).
 */
export function answerParent<Input, Output>(work: (input: Input) => Output | Promise<Output>, afterAnswer: () => void = () => undefined): void {
  process.once('message', (input) => {
    Promise.resolve()
      .then(() => work(input as Input))
      .then((output) => process.send?.(output as object, () => {
        afterAnswer();
        process.exit(0);
      }), () => process.exit(1));
  });
}
