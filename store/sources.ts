/**
 * The sources archive the Firefox add-on store asks for (`wxt zip -b firefox`): which files go in,
 * and the README at its root, made from store/SOURCES.md with the versions of this build filled in.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { strToU8, unzipSync, zipSync } from 'fflate';

const root = fileURLToPath(new URL('..', import.meta.url));

/** Everything the Firefox package is built from (globs relative to the project root). */
export const SOURCES = [
  'entrypoints/**',
  'components/**',
  'utils/**',
  'lib/**',
  'public/**',
  'store/**',
  'wxt.config.ts',
  'tsconfig.json',
  'package.json',
  'package-lock.json',
];

export function sourcesReadme(): string {
  const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };
  const npm = execFileSync('npm', ['--version'], { encoding: 'utf8' }).trim();
  const values: Record<string, string> = { version, node: process.versions.node, npm };
  return readFileSync(join(root, 'store/SOURCES.md'), 'utf8').replace(/\{\{(\w+)\}\}/g, (all, key: string) => values[key] ?? all);
}

/** Adds README.md at the root of the zip WXT wrote. */
export function addSourcesReadme(zipPath: string): void {
  const files = unzipSync(readFileSync(zipPath));
  files['README.md'] = strToU8(sourcesReadme());
  writeFileSync(zipPath, zipSync(files, { level: 9 }));
}
