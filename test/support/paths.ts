import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = resolve(fileURLToPath(new URL('../../', import.meta.url)));
/** ../shared beside the checkout: the seeds and real pages, read-only. */
export const sharedDir = resolve(repoRoot, '../shared');
export const seedsDir = resolve(sharedDir, 'seeds');
export const corpusDir = resolve(sharedDir, 'corpus');
export const fixturesDir = resolve(repoRoot, 'test/fixtures');
