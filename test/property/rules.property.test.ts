/**
 * The first exact property of the rules, end to end (render → parse → rules → export): a report
 * that adds up gets no error finding, nothing to review, and no warning but CELL-BLANK where blanks
 * were written. The second (one changed value) is in mutation.property.test.ts.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { auditDocument, auditText } from '../../lib/audit';
import type { AuditExport } from '../../lib/model';
import { blankable, reportArb } from '../support/arbitraries';
import { renderHtml, renderText, type Rendered } from '../support/render';
import { badHtmlRefs, badTextRefs, cases, LONG, page } from './support';

const SOURCE = { url: 'https://www.example.gov.cn/gknb/1.html', at: new Date('2026-01-01T00:00:00Z') };

/** Consistent: no error and nothing to review; the only warning is CELL-BLANK, when blanks were written. */
function checkConsistent(audit: AuditExport, out: Rendered): void {
  const loud = audit.findings.filter((f) => f.severity !== 'info' || f.outcome === 'review');
  const allowed = out.anyBlank ? ['CELL-BLANK'] : [];
  expect(loud.filter((f) => !(allowed.includes(f.rule) && f.outcome === 'fail')).map((f) => `${f.rule}/${f.outcome}: ${f.message.zh}`)).toEqual([]);
  expect(audit.verdict.status).toBe(out.anyBlank && loud.length > 0 ? 'warnings' : 'pass');
}

describe('rules: a report that adds up has no error', () => {
  const { load } = page();

  it('text (1,000 cases)', () => {
    fc.assert(
      fc.property(reportArb, (r) => {
        const out = renderText(r, blankable(r));
        const audit = auditText(out.source, SOURCE);
        checkConsistent(audit, out);
        expect(badTextRefs(out.source, audit)).toEqual([]);
      }),
      cases(1000),
    );
  }, LONG);

  it('HTML (100 cases)', () => {
    fc.assert(
      fc.property(reportArb, (r) => {
        const out = renderHtml(r, blankable(r));
        const doc = load(out.source);
        const audit = auditDocument(doc, SOURCE);
        checkConsistent(audit, out);
        expect(badHtmlRefs(doc, audit)).toEqual([]);
      }),
      cases(100),
    );
  }, LONG);
});
