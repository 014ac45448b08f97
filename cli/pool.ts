import { Worker } from 'node:worker_threads';
import { auditForBatch, type BatchOptions, type FileResult } from './audit-file';

/** Main thread → worker: audit this file. */
export interface Job {
  id: number;
  file: string;
  options: BatchOptions;
}
/** Worker → main thread: the job's result. */
export interface Done {
  id: number;
  result: FileResult;
}

// Files sent to a worker before it answers. Its answers are taken only between this thread's own
// files, and a Word page here takes as long as two corpus pages there: with two in flight the
// worker sat idle 3% of a 400-page batch, with four 2%.
const IN_FLIGHT_PER_WORKER = 4;

/**
 * Audits `files` on `jobs` threads, yielding each file's result as soon as it is ready, in the order
 * they finish (the caller puts them in order). This thread is one of them: it has little else to do,
 * and one heap fewer is a third of the memory of two jobs. Each worker has at most four files in
 * flight and gets the next when it answers, so results never pile up.
 */
export async function* auditFiles(
  files: readonly string[],
  options: BatchOptions & { jobs: number; entry: URL },
): AsyncGenerator<{ index: number; file: string; result: FileResult }> {
  const batch: BatchOptions = { format: options.format, crossYear: options.crossYear, auditedAt: options.auditedAt };
  const jobs = Math.max(1, Math.min(options.jobs, files.length));
  if (jobs === 1) {
    for (const [index, file] of files.entries()) yield { index, file, result: await auditOne(file, batch) };
    return;
  }

  // A worker's young generation at 16 MB, not V8's 48: its semi-spaces are most of what a second heap
  // adds to the peak. 1,000 files (30% Word exports) on two threads, four runs each, alternating:
  // 228–243 MB against 245–272 MB, the same CPU within noise (at 8 MB, 15% more CPU; at 24, no gain).
  // Not a limit on the old generation: a huge page must not kill the thread.
  const workerOptions = { workerData: { auditWorker: true }, resourceLimits: { maxYoungGenerationSizeMb: 16 } };
  const workers = Array.from({ length: jobs - 1 }, () => new Worker(options.entry, workerOptions));
  const ready: Done[] = [];
  let next = 0;
  let wake: (() => void) | null = null;
  let failure: Error | null = null;
  let stopped = false;
  const notify = (): void => wake?.();

  // This thread's share: the next file whenever it is free, yielding between files so that the
  // workers' answers are taken (and their next files sent) meanwhile.
  const own = (async () => {
    while (!stopped && next < files.length) {
      const id = next++;
      ready.push({ id, result: await auditOne(files[id]!, batch) });
      notify();
      await new Promise((resolve) => setImmediate(resolve));
    }
  })();

  const send = (worker: Worker) => {
    if (next >= files.length) return;
    const job: Job = { id: next, file: files[next]!, options: batch };
    next++;
    worker.postMessage(job);
  };
  for (const worker of workers) {
    worker.on('message', (done: Done) => {
      ready.push(done);
      send(worker);
      notify();
    });
    worker.on('error', (error) => {
      failure = error;
      notify();
    });
    worker.on('exit', (code) => {
      failure ??= code === 0 ? null : new Error(`核查线程意外退出 (an audit thread exited with code ${code})`);
      notify();
    });
  }

  try {
    for (let i = 0; i < IN_FLIGHT_PER_WORKER; i++) for (const worker of workers) send(worker);
    for (let yielded = 0; yielded < files.length; ) {
      while (ready.length === 0) {
        if (failure) throw failure;
        await new Promise<void>((resolve) => (wake = resolve));
        wake = null;
      }
      for (const { id, result } of ready.splice(0)) {
        yielded++;
        yield { index: id, file: files[id]!, result };
      }
    }
  } finally {
    stopped = true;
    await own;
    await Promise.all(workers.map((w) => w.terminate()));
  }
}

/** A file's result; an audit that throws is a file that could not be audited, never a stopped batch. */
const auditOne = (file: string, batch: BatchOptions): Promise<FileResult> =>
  auditForBatch(file, batch).catch((error: unknown): FileResult => ({
    ok: false,
    reason: `无法核查 (cannot audit): ${error instanceof Error ? error.message : String(error)}`,
  }));

/** The worker's side: audit each file the main thread sends, one at a time. */
export function serveAudits(port: { on(event: 'message', cb: (job: Job) => void): void; postMessage(done: Done): void }): void {
  port.on('message', (job) => {
    void auditOne(job.file, job.options).then((result) => port.postMessage({ id: job.id, result }));
  });
}
