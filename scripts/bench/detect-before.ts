// The detector's question on a page, as it was asked before issue #10 (commit 4c5341e: lib/detect.ts
// `isReportPage`, with the full traditional-character table) and as it is asked now
// (`isReportOrNotice`), each run once, cold, in a fresh tab: the browser bench's same-run baseline
// for "detection on a non-report page unchanged or cheaper". The old source is read from git, so
// the comparison needs the repository's history; without it the row says so.
//
// Both run in the page's own world (the page is set as content of a blank tab, where the extension
// does not run, so its detector has not walked the page first): only the detection logic is timed,
// not the content-script runtime and polyfill, which #10 did not change. `beforeExtension` builds the
// whole extension of that commit, for its detector script in the same run, in a second browser.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import type { ChromiumSession } from '../../test/e2e/harness';

export const BEFORE = '4c5341e';
const root = resolve(import.meta.dirname, '../..');

async function iife(entry: string, call: string): Promise<string> {
  const out = await build({ entryPoints: [entry], bundle: true, write: false, format: 'iife', globalName: 'Detect', minify: true, logLevel: 'silent' });
  return `${out.outputFiles[0]!.text};window.__graDetect = () => Detect.${call}(document);`;
}

/**
 * The files at `paths` (all of them when none are named) as they were before #10, from git, in a
 * temporary folder; null when git cannot give them (no history).
 */
function sourceBefore(...paths: string[]): { dir: string; remove(): void } | null {
  const dir = mkdtempSync(join(tmpdir(), 'gra-before-'));
  const remove = () => rmSync(dir, { recursive: true, force: true });
  try {
    execFileSync('sh', ['-c', `git archive ${BEFORE} ${paths.join(' ')} | tar -x -C '${dir}'`], { cwd: root, stdio: 'ignore' });
    return { dir, remove };
  } catch {
    remove();
    return null;
  }
}

/** The old detector's bundle, or null when git cannot give its source. */
async function beforeBundle(): Promise<string | null> {
  const source = sourceBefore('lib/detect.ts', 'lib/parse/hant.ts');
  if (!source) return null;
  try {
    return await iife(join(source.dir, 'lib/detect.ts'), 'isReportPage');
  } catch {
    return null;
  } finally {
    source.remove();
  }
}

export interface DetectorLogic {
  /** ms per run, now and before #10, alternating run by run so both see the same machine. */
  now: number[];
  before: number[] | null;
  beforeCommit: string;
}

/** `runs` cold runs of each detector on `html`, one fresh tab each. */
export async function detectorLogic(h: ChromiumSession, html: string, runs: number): Promise<DetectorLogic> {
  const nowJs = await iife(join(root, 'lib/detect.ts'), 'isReportOrNotice');
  const beforeJs = await beforeBundle();
  const time = async (js: string): Promise<number> => {
    const page = await h.newPage();
    await page.setContent(html);
    await page.addScriptTag({ content: js });
    const ms = (await page.evaluate(`(() => { const t = performance.now(); window.__graDetect(); return performance.now() - t; })()`)) as number;
    await page.close();
    return ms;
  };
  const result: DetectorLogic = { now: [], before: beforeJs ? [] : null, beforeCommit: BEFORE };
  for (let i = 0; i < runs; i++) {
    result.now.push(await time(nowJs));
    if (beforeJs) result.before!.push(await time(beforeJs));
  }
  return result;
}

/**
 * The extension as it was before #10, built by WXT from git's copy of that commit (with this
 * checkout's node_modules: its packages are the same), in a temporary folder; null without history.
 */
export function beforeExtension(): { dir: string; remove(): void } | null {
  const source = sourceBefore();
  if (!source) return null;
  try {
    symlinkSync(join(root, 'node_modules'), join(source.dir, 'node_modules'));
    execFileSync(join(root, 'node_modules/.bin/wxt'), ['build'], { cwd: source.dir, stdio: 'ignore' });
    return { dir: join(source.dir, '.output/chrome-mv3'), remove: source.remove };
  } catch {
    source.remove();
    return null;
  }
}
