// The Node bench's processes: one CLI run (the new bundle or the old tsx + jsdom CLI) with its wall
// time, and its CPU time and peak memory as the preloaded usage.mjs reports them; two at once; and
// batches of files.
import { spawn, spawnSync } from 'node:child_process';
import { closeSync, linkSync, mkdirSync, openSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { median } from './median';

/** The CLI as `bin/` runs it: the prebuilt bundle. */
const NEW_CLI = 'bin/gov-report-audit.mjs';

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

/** `cli`, `halves` and the batches they read, for a bench run in `root` with scratch files in `scratch`. */
export function cliProcesses(root: string, scratch: string) {
  const usageFile = join(scratch, 'usage.json');
  /** The path of a batch's `i`th file, in a folder of its own. */
  const pathIn = (name: string) => {
    const dir = join(scratch, name);
    mkdirSync(dir, { recursive: true });
    return (i: number) => join(dir, `${i}.html`);
  };
  /**
   * One process: the new CLI (the bundle bin/ runs) or the old one (tsx + jsdom). Its output goes to a
   * file, as `> out.json` would, unless `stdout` is asked for: read through a pipe, this process's
   * reading would take CPU from the one measured.
   */
  function cli(which: 'new' | 'old', args: string[], { stdout = false } = {}): Run {
    const entry = which === 'new' ? [NEW_CLI] : ['--import', 'tsx', 'scripts/bench/old-cli.ts'];
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

  /** `count` files of one page: the first written, the rest hard links to it (thousands of pages without thousands of copies on disk). */
  function batch(name: string, html: string, count: number): string[] {
    const path = pathIn(name);
    writeFileSync(path(0), html);
    for (let i = 1; i < count; i++) linkSync(path(0), path(i));
    return Array.from({ length: count }, (_, i) => path(i));
  }
  /** `pages` written as files, one each. */
  function written(name: string, pages: string[]): string[] {
    const path = pathIn(name);
    pages.forEach((html, i) => writeFileSync(path(i), html));
    return pages.map((_, i) => path(i));
  }

  /** Two new-CLI processes at once, one per half of `files`: wall time until both are done. */
  async function halves(files: string[]): Promise<number> {
    const t = performance.now();
    const half = files.length / 2;
    await Promise.all(
      [files.slice(0, half), files.slice(half)].map(
        (part, i) =>
          new Promise<void>((done, fail) => {
            const out = openSync(join(scratch, `out-${i}`), 'w');
            const child = spawn(process.execPath, [NEW_CLI, '--format', 'json', '--jobs', '1', ...part], { cwd: root, stdio: ['ignore', out, 'ignore'] });
            child.on('error', fail);
            child.on('exit', (code) => (closeSync(out), code !== null && code <= 2 ? done() : fail(new Error(`CLI exited with ${code}`))));
          }),
      ),
    );
    return performance.now() - t;
  }
  return { cli, batch, written, halves };
}
