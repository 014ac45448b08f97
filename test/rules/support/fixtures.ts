import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { corpusDir } from '../../support/paths';

export const FIXTURES = join(import.meta.dirname, '../../fixtures/rules');

/**
 * `fires.txt`, `passes.html` …, each beside its `<stem>.expected.json`. A `<stem>.corpus` page
 * names a real page of ../shared/corpus, read unmodified from there rather than copied here.
 * A cross-year rule's page has last year's report beside it as `<stem>.previous.txt` (or .html).
 */
const PAGE = /^(fires|passes)(\.(?!previous\.)[\w-]+)?\.(txt|html|corpus)$/;

export const expectedFor = (page: string): string => page.replace(/\.(txt|html|corpus)$/, '.expected.json');

/** Last year's report of a cross-year fixture page, or null. */
export function previousFor(page: string): string | null {
  const previous = page.replace(/\.(txt|html|corpus)$/, '.previous.$1');
  return existsSync(previous) ? previous : null;
}

/** The fixture pages of one rule, as absolute paths. */
export function fixturePages(rule: string): string[] {
  const dir = join(FIXTURES, rule);
  return existsSync(dir) ? readdirSync(dir).filter((f) => PAGE.test(f)).map((f) => join(dir, f)) : [];
}

/** A fixture page's content and whether it is HTML, following a `.corpus` pointer. */
export function readPage(page: string): { content: string; html: boolean } {
  if (!page.endsWith('.corpus')) return { content: readFileSync(page, 'utf8'), html: page.endsWith('.html') };
  const real = join(corpusDir, readFileSync(page, 'utf8').trim());
  return { content: readFileSync(real, 'utf8'), html: real.endsWith('.html') };
}
