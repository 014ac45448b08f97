import { describe, expect, it } from 'vitest';
import { t4Claims } from '../../lib/rules/narrative';
import { buildReport, findings, set } from './support/build';

/** Each test is named after the bug it pins down. */
describe('regressions', () => {
  it('「未经行政复议直接提起行政诉讼1件」 was read as one review as well as one lawsuit', () => {
    const claims = t4Claims('因政府信息公开申请未经行政复议直接提起行政诉讼1件。');
    expect(claims.map((c) => [c.kind, c.value])).toEqual([['litigation', 1]]);
  });

  it('a 法人 subtotal column was flagged as a label variant, though the template has none to compare with', () => {
    const report = buildReport('2021');
    report.labels = [{ table: 'applications', key: 'legalSubtotal', raw: '小计', at: { table: 1, row: 2, col: 8 } }];
    expect(findings(report, 'LABEL-VARIANT')).toEqual([]);
  });

  it('SPLIT-DIGITS suggested a join that left its own column sum wrong', () => {
    const report = set(buildReport('2021'), 'applications', {
      newReceived: { naturalPerson: 12, total: 12 },
      granted: { naturalPerson: 1, commercial: 2, total: 12 },
      totalProcessed: { naturalPerson: 12, total: 12 },
    });
    // 1 over （二）'s 0 → 10 fixes the row sum (10 + 2 = 12) but not the column (10 ≠ 12).
    expect(findings(report, 'SPLIT-DIGITS').map((f) => f.expected)).toEqual([12]);
  });

  it('TEXT-T3 said "为 4 或 4" when nothing was carried over', () => {
    const report = set(buildReport('2021'), 'applications', { newReceived: { naturalPerson: 4, total: 4 }, granted: { naturalPerson: 4, total: 4 }, totalProcessed: { naturalPerson: 4, total: 4 } });
    report.narrative = '共收到政府信息公开申请6件。';
    expect(findings(report, 'TEXT-T3')[0]!.message.zh).toMatch(/为 4$/);
  });
});
