// The Node bench's processes: one CLI run (the new bundle or the old tsx + jsdom CLI) with its wall
// time, and its CPU time and peak memory as the preloaded usage.mjs reports them; and batches of
// hard links to one page.
import { spawnSync } from 'node:child_process';
import { closeSync, linkSync, mkdirSync, openSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { median } from './median';

export interface Run {
  wallMs: number;
  cpuMs: number;
  maxRssMB: number;
  stdout: string;
}

/** The run of median CPU time, and separately the median wall time, of `runs`. */
export const medianRun = (runs: Run[]): Run => {
  const byCpu = [...runs].sort((a, b) => a.cpuMs - b.cpuMs)[Math.floor(runs.length / 2)]!;
  return { ...byCpu, wallMs: median(runs.map((r) => r.wallMs)) };
};

/** `cli` and `batch` for a bench run in `root` with scratch files in `scratch`. */
export function cliProcesses(root: string, scratch: string) {
  const usageFile = join(scratch, 'usage.json');
  /**
   * One process: the new CLI (the bundle bin/ runs) or the old one (tsx + jsdom). Its output goes to a
   * file, as `> out.json` would, unless `stdout` is asked for: read through a pipe, this process's
   * reading would take CPU from the one measured.
   */
  function cli(which: 'new' | 'old', args: string[], { stdout = false } = {}): Run {
    const entry = which === 'new' ? ['bin/gov-report-audit.mjs'] : ['--import', 'tsx', 'scripts/bench/old-cli.ts'];
    const out = stdout ? 'pipe' : openSync(join(scratch, 'out'), 'w');
    const t = performance.now();
    const r = spawnSync(process.execPath, ['--import', './scripts/bench/usage.mjs', ...entry, ...args], {
      cwd: root,
      encoding: 'utf8',
      maxBuffer: 1 << 30,
      stdio: ['ignore', out, 'pipe'],
      env: { ...process.env, GRA_BENCH_USAGE: usageFile },
    });
    const wallMs = performance.now() - t;
    if (typeof out === 'number') closeSync(out);
    if (r.status === null || r.status > 2) throw new Error(`${which} CLI failed: ${r.stderr}`);
    const usage = JSON.parse(readFileSync(usageFile, 'utf8')) as { cpuMs: number; maxRssMB: number };
    return { wallMs, ...usage, stdout: r.stdout ?? '' };
  }

  function batch(name: string, html: string, count: number): string[] {
    const dir = join(scratch, name);
    mkdirSync(dir, { recursive: true });
    // One file and hard links to it: thousands of pages without thousands of copies on disk.
    const first = join(dir, '0.html');
    writeFileSync(first, html);
    return Array.from({ length: count }, (_, i) => {
      const path = join(dir, `${i}.html`);
      if (i > 0) linkSync(first, path);
      return path;
    });
  }
  return { cli, batch };
}
