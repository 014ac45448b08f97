/**
 * vitest globalSetup for the browser tests: builds the extension once, when the build is missing
 * or older than any of its sources, so `npx vitest run test/e2e` always tests the current code.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '../support/paths';

const SOURCES = ['entrypoints', 'components', 'utils', 'lib', 'public', 'wxt.config.ts', 'package.json'];
const MANIFEST = join(repoRoot, '.output/chrome-mv3/manifest.json');

function newestMtime(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(path).reduce((max, name) => Math.max(max, newestMtime(join(path, name))), stat.mtimeMs);
}

export function buildIsStale(): boolean {
  if (!existsSync(MANIFEST)) return true;
  const built = statSync(MANIFEST).mtimeMs;
  return SOURCES.some((s) => newestMtime(join(repoRoot, s)) > built);
}

export default function setup(): void {
  if (!buildIsStale()) return;
  try {
    execFileSync('npx', ['wxt', 'build'], { cwd: repoRoot, stdio: 'pipe', timeout: 300_000 });
  } catch (error) {
    const out = error as { stdout?: Buffer; stderr?: Buffer };
    throw new Error(`wxt build failed:\n${out.stdout?.toString() ?? ''}${out.stderr?.toString() ?? ''}`);
  }
}
