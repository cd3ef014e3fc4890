// The analysis worker's side of its link to the extension host, which forks it (WorkerAnalysisRunner): its start
// data comes on its command line, its messages through the IPC channel.
import type { AnalysisWorkerData, FromWorker, ToWorker } from './analysisWorkerProtocol';
import { setupFromParent } from './childProcess';

/** What the host started the worker with (the snapshot's folder). */
export const analysisWorkerData: AnalysisWorkerData = setupFromParent<AnalysisWorkerData>() ?? {};

export interface HostLink {
  post(message: FromWorker): void;
  onMessage(listener: (message: ToWorker) => void): void;
}

/** The link to the host; throws when this code was not forked with an IPC channel. */
export function hostLink(): HostLink {
  const send = process.send?.bind(process);
  if (!send) throw new Error('analysisWorker must run in a process forked by WorkerAnalysisRunner');
  // The host is gone (closed, crashed, killed): nothing is left to answer.
  process.on('disconnect', () => process.exit(0));
  return {
    post: (message) => void send(message),
    onMessage: (listener) => void process.on('message', (message) => listener(message as ToWorker)),
  };
}
