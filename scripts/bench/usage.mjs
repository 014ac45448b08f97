// Preloaded into a benched process (node --import): at exit, writes its CPU time and peak memory
// (all threads: getrusage of the process) as JSON to the file named by GRA_BENCH_USAGE.
import { writeFileSync } from 'node:fs';
import { isMainThread } from 'node:worker_threads';

const out = process.env.GRA_BENCH_USAGE;
if (out && isMainThread) {
  process.on('exit', () => {
    const u = process.resourceUsage();
    writeFileSync(out, JSON.stringify({ cpuMs: (u.userCPUTime + u.systemCPUTime) / 1000, maxRssMB: u.maxRSS / 1024 }));
  });
}
