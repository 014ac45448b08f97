import { existsSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Severity } from '../../lib/model';
import { RULES, XYEAR_RULES } from '../../lib/rules';
import { sharedDir } from '../support/paths';
import { expectedFor, fixturePages, previousFor, readPage } from './support/fixtures';

/** SPEC §4, in catalogue order. */
const CATALOGUE = [
  'T3-ROWSUM', 'T3-RESULTSUM', 'T3-BALANCE', 'T3-LEGALSUB', 'T4-SUM', 'NUM-INVALID', 'T2-VALID-LB',
  'T2-19-PUB-LE-TOTAL', 'T2-FEE-UNIT', 'FORMAT-VERSION', 'TABLE-MISSING', 'LABEL-VARIANT', 'SECTIONS',
  'CELL-BLANK', 'UNIT-IN-CELL', 'SPLIT-DIGITS', 'TEXT-T3', 'TEXT-T4', 'PERIOD', 'FEE-DISCLOSURE',
  'CARRY-XYEAR', 'T2-STOCK-XYEAR', 'TEXT-REUSE',
];
/** They compare with last year's report, which the audit of one page does not have. */
const NEEDS_HISTORY = ['CARRY-XYEAR', 'T2-STOCK-XYEAR', 'TEXT-REUSE'];
const SPEC = join(sharedDir, 'SPEC.md');

describe('the rule catalogue', () => {
  it('is SPEC §4 minus the rules that need history, in catalogue order', () => {
    expect(RULES.map((r) => r.id)).toEqual(CATALOGUE.filter((id) => !NEEDS_HISTORY.includes(id)));
  });

  it('has the cross-year rules apart, in catalogue order', () => {
    expect(XYEAR_RULES.map((r) => r.id)).toEqual(NEEDS_HISTORY);
  });

  // The contract is read, never assumed: a checkout without ../shared fails here rather than skip.
  it('matches the table in SPEC §4', () => {
    expect(existsSync(SPEC), `${SPEC} is missing`).toBe(true);
    const section = readFileSync(SPEC, 'utf8').split('## 4. Rules')[1]!.split('\n## ')[0]!;
    const ids = [...section.matchAll(/^\| `([A-Z0-9-]+)` \|/gm)].map((m) => m[1]);
    expect(ids).toEqual(CATALOGUE);
  });
});

describe.each([...RULES, ...XYEAR_RULES].map((r) => [r.id, r] as const))('%s', (id, rule) => {
  it('has a severity, and a title and help in Chinese and English', () => {
    expect(Severity.options).toContain(rule.severity);
    for (const text of [rule.title, rule.help]) {
      expect(text.zh).toMatch(/[\u4e00-\u9fff]/);
      expect(text.en).toMatch(/^[\x20-\x7e（）〔〕\u4e00-\u9fff×·—、→…≥≤]+$/);
      expect(text.en).toMatch(/[a-z]{3}/);
    }
  });

  it.each(['fires', 'passes'])('has a %s fixture with its expected findings', (kind) => {
    const pages = fixturePages(id).filter((p) => basename(p).startsWith(kind));
    expect(pages, `${id}/${kind}.patch, .base, .corpus or .seed`).not.toEqual([]);
    for (const page of pages) expect(existsSync(expectedFor(page)), expectedFor(page)).toBe(true);
    // A cross-year rule needs last year's report beside each page; a single-page rule must not have one.
    const crossYear = NEEDS_HISTORY.includes(id);
    for (const page of pages) expect(previousFor(page) !== null, `${page}: <stem>.previous.*`).toBe(crossYear);
  });

  // A change that no longer applies to its base, or changes nothing, no longer tests what it names.
  it('has fixture pages that still make their change to their base report', () => {
    const pages = fixturePages(id).flatMap((p) => [p, previousFor(p)].filter((q) => q !== null));
    for (const page of pages) expect(() => readPage(page), page).not.toThrow();
  });

  it('checks the Chinese message of every finding its fixtures expect', () => {
    for (const page of fixturePages(id)) {
      const expected = JSON.parse(readFileSync(expectedFor(page), 'utf8')) as { findings: { message?: { zh?: string } }[] };
      for (const f of expected.findings) expect(f.message?.zh, expectedFor(page)).toMatch(/[\u4e00-\u9fff]/);
    }
  });
});
