// A task run in a child Node process rather than a worker thread: memory a thread frees stays in the extension
// host's process (glibc keeps a thread's malloc arena; measured: a jieba-wasm dictionary built in a thread left
// the host 50 MB larger for the session), a child's goes back to the system when it exits.
import { fork } from 'node:child_process';

/** Starts `script` (a bundled entry calling `answerParent`) with `input`; resolves with its one answer. */
export function runInChildProcess<Input, Output>(script: string, input: Input): Promise<Output> {
  return new Promise((resolve, reject) => {
    // In VS Code's Electron host process.execPath is Electron: run it as plain Node.
    const child = fork(script, [], { env: { ...process.env, ELECTRON_RUN_AS_NODE: '1' }, serialization: 'advanced', stdio: 'ignore' });
    child.once('message', (answer) => resolve(answer as Output));
    child.once('error', reject);
    child.once('exit', (code) => reject(new Error(`${script} ended (exit code ${code}) without an answer`)));
    child.send(input as object);
  });
}

/** The child's side: takes the one input, sends back what `work` makes of it, exits. */
export function answerParent<Input, Output>(work: (input: Input) => Output): void {
  process.once('message', (input) => {
    const output = work(input as Input);
    process.send?.(output as object, () => process.exit(0));
  });
}
