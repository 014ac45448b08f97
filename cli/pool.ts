import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { auditFile, type FileOptions, type FileOutcome } from './audit-file';

/** Main thread → worker: audit this file. */
export interface Job {
  id: number;
  file: string;
  options: FileOptions;
}
/** Worker → main thread: the job's outcome. */
export interface Done {
  id: number;
  outcome: FileOutcome;
}

export const defaultJobs = (): number => availableParallelism();

// Files sent to a worker before it answers: two, so it never waits for the next path.
const IN_FLIGHT_PER_WORKER = 2;
// Results kept waiting for a slow file ahead of them, per worker: a handful, so memory stays flat.
const AHEAD_PER_WORKER = 4;

/**
 * Audits `files` on `jobs` threads, yielding outcomes in the order given as soon as each is ready.
 * At most a few files per worker are in flight or waiting, so memory does not grow with the batch.
 * One job (or one file) runs on this thread: a worker's start-up would cost more than it saves.
 */
export async function* auditFiles(
  files: readonly string[],
  options: FileOptions & { jobs: number; entry: URL },
): AsyncGenerator<{ file: string; outcome: FileOutcome }> {
  const jobs = Math.max(1, Math.min(options.jobs, files.length));
  if (jobs === 1) {
    for (const file of files) yield { file, outcome: await auditFile(file, options) };
    return;
  }

  const workers = Array.from({ length: jobs }, () => new Worker(options.entry, { workerData: { auditWorker: true } }));
  const ready = new Map<number, FileOutcome>();
  const idle: Worker[] = [];
  let next = 0;
  let wake: (() => void) | null = null;
  let failure: Error | null = null;

  const send = (worker: Worker) => {
    const job: Job = { id: next, file: files[next]!, options: { narrative: options.narrative } };
    next++;
    worker.postMessage(job);
  };
  for (const worker of workers) {
    worker.on('message', (done: Done) => {
      ready.set(done.id, done.outcome);
      idle.push(worker);
      wake?.();
    });
    worker.on('error', (error) => {
      failure = error;
      wake?.();
    });
    worker.on('exit', (code) => {
      failure ??= code === 0 ? null : new Error(`核查线程意外退出 (an audit thread exited with code ${code})`);
      wake?.();
    });
  }

  try {
    for (let i = 0; i < IN_FLIGHT_PER_WORKER; i++) idle.push(...workers);
    for (let emitted = 0; emitted < files.length; emitted++) {
      // Keep every idle worker busy, within the window past the oldest result not yet written.
      while (idle.length > 0 && next < files.length && next < emitted + jobs * AHEAD_PER_WORKER) send(idle.pop()!);
      while (!ready.has(emitted)) {
        if (failure) throw failure;
        await new Promise<void>((resolve) => (wake = resolve));
        wake = null;
        while (idle.length > 0 && next < files.length && next < emitted + jobs * AHEAD_PER_WORKER) send(idle.pop()!);
      }
      const outcome = ready.get(emitted)!;
      ready.delete(emitted);
      yield { file: files[emitted]!, outcome };
    }
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
}

/** The worker's side: audit each file the main thread sends, one at a time. */
export function serveAudits(port: { on(event: 'message', cb: (job: Job) => void): void; postMessage(done: Done): void }): void {
  port.on('message', (job) => {
    void auditFile(job.file, job.options)
      .catch((error: unknown): FileOutcome => ({ ok: false, reason: `无法核查 (cannot audit): ${error instanceof Error ? error.message : String(error)}` }))
      .then((outcome) => port.postMessage({ id: job.id, outcome }));
  });
}
