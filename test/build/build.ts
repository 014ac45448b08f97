/**
 * The built extension, for tests and the bench that read it: builds Chrome (`.output/chrome-mv3`)
 * or Firefox (`.output/firefox-mv2`) only when the build is missing or older than a source, as
 * the browser tests need. Builds run one at a time (a lock directory beside the
 * output), so test files running in parallel never build into the same directory at once.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { repoRoot } from '../support/paths';

export type Target = 'chrome' | 'firefox';

/** What a build is made from. */
const SOURCES = ['entrypoints', 'components', 'utils', 'lib', 'public', 'wxt.config.ts', 'package.json'];
const OUT: Record<Target, string> = { chrome: '.output/chrome-mv3', firefox: '.output/firefox-mv2' };
const LOCK = join(repoRoot, '.output', '.build-lock');
/** A lock older than this belongs to a build that died. */
const STALE_LOCK_MS = 10 * 60_000;
const BUILD_TIMEOUT_MS = 5 * 60_000;

export const outputDir = (target: Target): string => join(repoRoot, OUT[target]);

function newestMtime(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(path).reduce((max, name) => Math.max(max, newestMtime(join(path, name))), stat.mtimeMs);
}

export function isStale(target: Target): boolean {
  const manifest = join(outputDir(target), 'manifest.json');
  if (!existsSync(manifest)) return true;
  const built = statSync(manifest).mtimeMs;
  return SOURCES.some((s) => newestMtime(join(repoRoot, s)) > built);
}

const sleep = (ms: number) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);

function withLock<T>(job: () => T): T {
  mkdirSync(join(repoRoot, '.output'), { recursive: true });
  const until = Date.now() + BUILD_TIMEOUT_MS * 2;
  for (;;) {
    try {
      mkdirSync(LOCK);
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const age = Date.now() - (statSync(LOCK, { throwIfNoEntry: false })?.mtimeMs ?? Date.now());
      if (age > STALE_LOCK_MS) rmSync(LOCK, { recursive: true, force: true });
      else if (Date.now() > until) throw new Error(`Timed out waiting for another build (${LOCK})`);
      else sleep(250);
    }
  }
  try {
    return job();
  } finally {
    rmSync(LOCK, { recursive: true, force: true });
  }
}

/**
 * The environment a build gets: ours, without what vitest sets for its own workers (NODE_ENV=test,
 * MODE, DEV, PROD, SSR, BASE_URL, TEST, VITEST_*). Vite and Preact read some of them, so a build run
 * from a test would otherwise differ from `npm run build` in a shell: tests must see the product.
 */
function buildEnv(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const key of Object.keys(env)) if (/^(NODE_ENV|MODE|DEV|PROD|SSR|BASE_URL|TEST|VITEST.*)$/.test(key)) delete env[key];
  return env;
}

function run(command: string, args: string[], cwd = repoRoot): void {
  try {
    execFileSync(command, args, { cwd, stdio: 'pipe', timeout: BUILD_TIMEOUT_MS, env: buildEnv() });
  } catch (error) {
    const out = error as { stdout?: Buffer; stderr?: Buffer };
    throw new Error(`${command} ${args.join(' ')} failed:\n${out.stdout?.toString() ?? ''}${out.stderr?.toString() ?? ''}`);
  }
}

/** Builds the target when stale and returns its output directory. */
export function ensureBuilt(target: Target): string {
  if (!isStale(target)) return outputDir(target);
  return withLock(() => {
    // Another process may have built it while we waited for the lock.
    if (!isStale(target)) return outputDir(target);
    run('npx', target === 'chrome' ? ['wxt', 'build'] : ['wxt', 'build', '-b', 'firefox']);
    return outputDir(target);
  });
}

export interface Packages {
  chrome: string;
  firefox: string;
  /** The sources archive the Firefox add-on store asks for. */
  sources: string;
}

/** `npm run zip` (it rebuilds both targets, so under the build lock): the paths of what it made. */
export function zipAll(): Packages {
  return withLock(() => {
    run('npm', ['run', 'zip']);
    const { name, version } = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as { name: string; version: string };
    const zip = (what: string) => join(repoRoot, '.output', `${name}-${version}-${what}.zip`);
    return { chrome: zip('chrome'), firefox: zip('firefox'), sources: zip('sources') };
  });
}

/** Builds the Firefox target in another checkout (e.g. the unpacked sources archive). */
export const buildFirefoxIn = (dir: string): void => run('npx', ['wxt', 'build', '-b', 'firefox'], dir);

export interface Manifest {
  manifest_version: number;
  permissions?: string[];
  optional_permissions?: string[];
  host_permissions?: string[];
  optional_host_permissions?: string[];
  content_security_policy?: string | Record<string, string>;
  content_scripts?: Array<{ matches: string[]; js?: string[]; css?: string[]; all_frames?: boolean; run_at?: string }>;
  web_accessible_resources?: unknown[];
  externally_connectable?: unknown;
  background?: { service_worker?: string; scripts?: string[]; page?: string };
  sandbox?: unknown;
  [key: string]: unknown;
}

export const readManifest = (dir: string): Manifest => JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as Manifest;

/** Every file of a build, relative to it, with / separators. */
export function filesOf(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const path = join(d, name);
      if (statSync(path).isDirectory()) walk(path);
      else out.push(relative(dir, path).split('\\').join('/'));
    }
  };
  walk(dir);
  return out.sort();
}

/**
 * The scripts a build actually ships: the manifest's background and content scripts, the popup's
 * chunks (those popup.html references) and the audit script the background injects. Stale chunks
 * left in the directory by an interrupted build are not counted.
 */
export interface Bundle {
  name: string;
  file: string;
  raw: number;
  gzip: number;
}

export function bundleSizes(dir: string): Bundle[] {
  const m = readManifest(dir);
  const entries: Array<[string, string]> = [];
  for (const js of m.content_scripts?.flatMap((c) => c.js ?? []) ?? []) entries.push([`content script (every page): ${js}`, js]);
  for (const f of m.background?.scripts ?? (m.background?.service_worker ? [m.background.service_worker] : []))
    entries.push([`background: ${f}`, f]);
  entries.push(['audit script (report pages only): content-scripts/audit.js', 'content-scripts/audit.js']);
  const popup = readFileSync(join(dir, 'popup.html'), 'utf8');
  for (const [, src] of popup.matchAll(/(?:src|href)="\/?([^"]+\.(?:js|css))"/g)) entries.push([`popup: ${src}`, src!]);
  return entries.map(([name, file]) => {
    const body = readFileSync(join(dir, file));
    return { name, file, raw: body.length, gzip: gzipSync(body, { level: 9 }).length };
  });
}

export const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;
