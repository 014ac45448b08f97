/**
 * The second exact property of the rules, end to end (render → parse → rules → export): the
 * consistent report with one value changed gets, from every identity that covers that value and
 * from nothing else, one failing error that points at it.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { auditDocument, auditText } from '../../lib/audit';
import type { AuditExport, CellRef } from '../../lib/model';
import {
  applyMutation,
  blankable,
  identities,
  mutatedArb,
  mutationKey,
  reportArb,
  type GenReport,
  type Mutation,
} from '../support/arbitraries';
import { renderHtml, renderText, type Rendered } from '../support/render';
import { badHtmlRefs, badTextRefs, cases, LONG, page } from './support';

const SOURCE = { url: 'https://www.example.gov.cn/gknb/1.html', at: new Date('2026-01-01T00:00:00Z') };
const same = (a: CellRef, b: CellRef): boolean => a.table === b.table && a.row === b.row && a.col === b.col;
const brief = (audit: AuditExport): string[] =>
  audit.findings.filter((f) => f.severity === 'error').map((f) => `${f.rule}/${f.outcome}: ${f.message.zh}`);

/**
 * Mutated: the error findings are exactly one failing finding per identity over the changed cell,
 * each pointing at it (in `cells` or `related`) and off by the change; none for a table 2 count.
 */
function checkMutated(r: GenReport, m: Mutation, audit: AuditExport, out: Rendered): void {
  const at = out.expected.get(mutationKey(m))!.at;
  const covering = identities(r).filter((i) => i.cells.includes(mutationKey(m)));
  const errors = audit.findings.filter((f) => f.severity === 'error');
  const summary = errors.map((f) => ({
    rule: f.rule,
    outcome: f.outcome,
    pointsAtIt: [...f.cells, ...f.related].some((ref) => same(ref, at)),
    off: typeof f.actual === 'number' && typeof f.expected === 'number' ? Math.abs(f.actual - f.expected) : null,
  }));
  const want = covering.map((i) => ({ rule: i.rule, outcome: 'fail', pointsAtIt: true, off: Math.abs(m.to - m.from) }));
  const order = <T extends { rule: string }>(xs: T[]): T[] => [...xs].sort((a, b) => a.rule.localeCompare(b.rule));
  // The messages ride along on the received side only, so a failure shows what the rules said.
  expect({ mutation: m, errors: order(summary), said: brief(audit) }).toEqual({ mutation: m, errors: order(want), said: expect.anything() });
  // A table 2 count is in no identity: its change may draw a warning (T2-VALID-LB), never an error.
  expect(audit.verdict.status === 'errors').toBe(covering.length > 0);
}

describe('rules: one changed value is found by every identity over it, and only there', () => {
  const { load } = page();

  // Regression RULES-TIDY-PRECISION (found by the text property with counts up to 1e12):
  // lib/rules/sum.ts tidy() rounded through n * 1e6, not exact past 2^59 / 1e6 ≈ 5.76e11, so a
  // total of 576460752305 was quoted as "实为 576460752304.9999" (and so in `actual`).
  it('regression RULES-TIDY-PRECISION: a failing sum quotes the page’s own numbers', () => {
    const [sample] = fc.sample(reportArb, { numRuns: 1, seed: 11 });
    const r: GenReport = { ...sample!, noise: [], blanks: false, claims: false };
    r.t4 = { ...r.t4, review: { upheld: 576460752306, corrected: 0, other: 0, pending: 0, total: 576460752305 } };
    const f = auditText(renderText(r, () => false).source, SOURCE).findings.find((x) => x.rule === 'T4-SUM');
    expect({ expected: f?.expected, actual: f?.actual }).toEqual({ expected: 576460752306, actual: 576460752305 });
  });

  it('text (1,500 cases)', () => {
    fc.assert(
      fc.property(mutatedArb, ({ report, mutation }) => {
        const changed = applyMutation(report, mutation);
        const out = renderText(changed, blankable(changed, mutation));
        const audit = auditText(out.source, SOURCE);
        checkMutated(report, mutation, audit, out);
        expect(badTextRefs(out.source, audit)).toEqual([]);
      }),
      cases(1500),
    );
  }, LONG);

  it('HTML (120 cases)', () => {
    fc.assert(
      fc.property(mutatedArb, ({ report, mutation }) => {
        const changed = applyMutation(report, mutation);
        const out = renderHtml(changed, blankable(changed, mutation));
        const doc = load(out.source);
        const audit = auditDocument(doc, SOURCE);
        checkMutated(report, mutation, audit, out);
        expect(badHtmlRefs(doc, audit)).toEqual([]);
      }),
      cases(120),
    );
  }, LONG);
});
