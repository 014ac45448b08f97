import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { corpusDir, seedsDir } from '../../support/paths';
import { patchBase, patchedPage } from './patch';

export const FIXTURES = join(import.meta.dirname, '../../fixtures/rules');

/**
 * A rule's fixture pages, each beside its `<stem>.expected.json`, stored as what they are:
 * - `<stem>.patch`: one base report of `base/` plus the one change the page makes (a unified diff,
 *   see ./patch.ts);
 * - `<stem>.base`: a base report unchanged (the file holds its name, `2021.txt`);
 * - `<stem>.corpus` / `<stem>.seed`: a real page of ../shared/corpus or ../shared/seeds, read
 *   unmodified from there (the file holds its name).
 * A cross-year rule's page has last year's report beside it as `<stem>.previous.<kind>`.
 */
const KINDS = ['patch', 'base', 'corpus', 'seed'] as const;
const KIND = new RegExp(`\\.(${KINDS.join('|')})$`);
const PAGE = new RegExp(`^(fires|passes)(\\.(?!previous\\.)[\\w-]+)?\\.(${KINDS.join('|')})$`);
const BASES = join(FIXTURES, 'base');

export const expectedFor = (page: string): string => page.replace(KIND, '.expected.json');

/** Last year's report of a cross-year fixture page, or null. */
export function previousFor(page: string): string | null {
  const stem = page.replace(KIND, '.previous');
  return KINDS.map((kind) => `${stem}.${kind}`).find((p) => existsSync(p)) ?? null;
}

/** The fixture pages of one rule, as absolute paths. */
export function fixturePages(rule: string): string[] {
  const dir = join(FIXTURES, rule);
  return existsSync(dir) ? readdirSync(dir).filter((f) => PAGE.test(f)).map((f) => join(dir, f)) : [];
}

const pointed = (dir: string, page: string): string => join(dir, readFileSync(page, 'utf8').trim());

/**
 * A fixture page's content and whether it is HTML. A patch that no longer applies to its base,
 * or that changes nothing, throws: the fixture would no longer test the change it names.
 */
export function readPage(page: string): { content: string; html: boolean } {
  const kind = KIND.exec(page)?.[1];
  if (kind === 'patch') {
    const patch = readFileSync(page, 'utf8');
    const base = patchBase(patch);
    return { content: patchedPage(page, readFileSync(join(FIXTURES, base), 'utf8'), patch), html: base.endsWith('.html') };
  }
  const real = kind === 'base' ? pointed(BASES, page) : kind === 'corpus' ? pointed(corpusDir, page) : kind === 'seed' ? pointed(seedsDir, page) : null;
  if (!real) throw new Error(`${page}: not a fixture page (.${KINDS.join(', .')})`);
  return { content: readFileSync(real, 'utf8'), html: real.endsWith('.html') };
}
