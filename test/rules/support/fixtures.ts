import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

export const FIXTURES = join(import.meta.dirname, '../../fixtures/rules');

/** `fires.txt`, `passes.html`, `passes.shuyang.html` …, each beside its `<stem>.expected.json`. */
const PAGE = /^(fires|passes)(\.[\w-]+)?\.(txt|html)$/;

export const expectedFor = (page: string): string => page.replace(/\.(txt|html)$/, '.expected.json');

/** The fixture pages of one rule, as absolute paths. */
export function fixturePages(rule: string): string[] {
  const dir = join(FIXTURES, rule);
  return existsSync(dir) ? readdirSync(dir).filter((f) => PAGE.test(f)).map((f) => join(dir, f)) : [];
}
