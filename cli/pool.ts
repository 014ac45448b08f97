import { Worker } from 'node:worker_threads';
import { auditForBatch, renderWithPrevious, type BatchOptions, type FileResult, type PairResult, type PairTask } from './audit-file';

/** What each kind of task a batch's threads share takes and gives: a file to audit, and, once every file is read, a file to render with the same body's report of the year before. */
interface Tasks {
  audit: { task: { file: string; options: BatchOptions }; result: FileResult };
  pair: { task: PairTask; result: PairResult };
}
type Kind = keyof Tasks;

/** Main thread → worker: do this task. */
interface Job<K extends Kind = Kind> {
  id: number;
  kind: K;
  task: Tasks[K]['task'];
}
/** Worker → main thread: the job's result. */
interface Done<K extends Kind = Kind> {
  id: number;
  result: Tasks[K]['result'];
}

/** `act`, whose throw is a result that says why (`says`, then the error), never a stopped batch. */
const guarded =
  <T, R>(act: (task: T) => R | Promise<R>, says: string) =>
  async (task: T): Promise<R | { ok: false; reason: string }> => {
    try {
      return await act(task);
    } catch (error) {
      return { ok: false, reason: `${says}: ${error instanceof Error ? error.message : String(error)}` };
    }
  };

/** Each kind of task, done on whichever thread takes it. */
const perform: { [K in Kind]: (task: Tasks[K]['task']) => Promise<Tasks[K]['result']> } = {
  audit: guarded(({ file, options }) => auditForBatch(file, options), '无法核查 (cannot audit)'),
  pair: guarded(renderWithPrevious, "无法对照上年报告 (cannot compare with last year's report)"),
};

// Tasks sent to a worker before it answers. Its answers are taken only between this thread's own
// tasks, and a Word page here takes as long as two corpus pages there: with two in flight the
// worker sat idle 3% of a 400-page batch, with four 2%.
const IN_FLIGHT_PER_WORKER = 4;

/** One `run`'s state, which the workers' answers go to. */
interface Run {
  ready: Done[];
  send: (worker: Worker) => void;
  notify: () => void;
}

/**
 * The threads a batch runs on: this one and `jobs - 1` workers, started once for all of a batch's
 * tasks (a thread's JIT warm-up is a second of CPU). This thread takes its share too: it has little
 * else to do, and one heap fewer is a third of the memory of two jobs.
 */
export class Pool {
  private readonly workers: Worker[];
  private run: Run | null = null;
  private failure: Error | null = null;

  constructor(jobs: number, entry: URL) {
    // A worker's young generation at 16 MB, not V8's 48: its semi-spaces are most of what a second heap
    // adds to the peak. 1,000 files (30% Word exports) on two threads, four runs each, alternating:
    // 228–243 MB against 245–272 MB, the same CPU within noise (at 8 MB, 15% more CPU; at 24, no gain).
    // Not a limit on the old generation: a huge page must not kill the thread.
    const options = { workerData: { auditWorker: true }, resourceLimits: { maxYoungGenerationSizeMb: 16 } };
    this.workers = Array.from({ length: jobs - 1 }, () => new Worker(entry, options));
    for (const worker of this.workers) {
      worker.on('message', (done: Done) => {
        this.run?.ready.push(done);
        this.run?.send(worker);
        this.run?.notify();
      });
      worker.on('error', (error) => {
        this.failure = error;
        this.run?.notify();
      });
      worker.on('exit', (code) => {
        this.failure ??= code === 0 ? null : new Error(`核查线程意外退出 (an audit thread exited with code ${code})`);
        this.run?.notify();
      });
    }
  }

  /**
   * Does `tasks`, yielding each result as soon as it is ready, in the order they finish (the caller
   * puts them in order). Each worker has at most four tasks in flight and gets the next when it
   * answers, so results never pile up. One run at a time.
   */
  async *map<K extends Kind>(kind: K, tasks: readonly Tasks[K]['task'][]): AsyncGenerator<{ index: number; result: Tasks[K]['result'] }> {
    const act = perform[kind];
    if (this.workers.length === 0) {
      for (const [index, task] of tasks.entries()) yield { index, result: await act(task) };
      return;
    }
    let next = 0;
    let wake: (() => void) | null = null;
    let stopped = false;
    const run: Run = {
      ready: [],
      send: (worker) => {
        if (next >= tasks.length) return;
        const job: Job<K> = { id: next, kind, task: tasks[next]! };
        next++;
        worker.postMessage(job);
      },
      notify: () => wake?.(),
    };
    this.run = run;
    // This thread's share: the next task whenever it is free, yielding between tasks so that the
    // workers' answers are taken (and their next tasks sent) meanwhile.
    const own = (async () => {
      while (!stopped && next < tasks.length) {
        const id = next++;
        run.ready.push({ id, result: await act(tasks[id]!) });
        run.notify();
        await new Promise((resolve) => setImmediate(resolve));
      }
    })();

    try {
      for (let i = 0; i < IN_FLIGHT_PER_WORKER; i++) for (const worker of this.workers) run.send(worker);
      for (let yielded = 0; yielded < tasks.length; ) {
        while (run.ready.length === 0) {
          if (this.failure) throw this.failure;
          await new Promise<void>((resolve) => (wake = resolve));
          wake = null;
        }
        for (const { id, result } of run.ready.splice(0) as Done<K>[]) {
          yielded++;
          yield { index: id, result };
        }
      }
    } finally {
      stopped = true;
      await own;
      this.run = null;
    }
  }

  close(): Promise<number[]> {
    return Promise.all(this.workers.map((w) => w.terminate()));
  }
}

/** The worker's side: do each task the main thread sends, one at a time. */
export function serveTasks(port: { on(event: 'message', cb: (job: Job) => void): void; postMessage(done: Done): void }): void {
  port.on('message', (job) => {
    void (perform[job.kind] as (task: Job['task']) => Promise<Done['result']>)(job.task).then((result) => port.postMessage({ id: job.id, result }));
  });
}
