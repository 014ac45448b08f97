import { availableParallelism } from 'node:os';

/**
 * A thread costs its start-up and the JIT's warm-up, about a second of CPU, which pays off only over
 * about a hundred files: on 2 idle cores a second thread made a batch slower below that (10 corpus
 * pages: 0.74 s against 0.53 s; 100: 1.64 s against 1.49 s) and faster above (200: 2.39 s against
 * 2.61 s; 400: 3.65 s against 4.31 s).
 */
export const FILES_PER_THREAD = 100;

/** Threads for `files` files when `--jobs` is not given (`--jobs N` is taken as given): one per hundred files, at most the cores. */
export const defaultJobs = (files: number, cores = availableParallelism()): number =>
  Math.max(1, Math.min(cores, Math.floor(files / FILES_PER_THREAD)));
