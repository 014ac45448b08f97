import { describe, expect, it } from 'vitest';
import { at, buildReport, findings, set } from './support/build';

describe('T4-SUM', () => {
  it.each([
    ['holds', { review: { upheld: 1, pending: 1, total: 2 } }, []],
    ['fails', { litigationDirect: { corrected: 1, other: 1, total: 1 } }, [{ outcome: 'fail', expected: 2, actual: 1 }]],
    ['counts placeholder parts as 0', { litigationAfterReview: { upheld: 2, corrected: '-', total: 2 } }, []],
    ['asks for review when the total is blank', { review: { pending: 1, total: '' } }, [{ outcome: 'review', expected: 1 }]],
    ['asks for review when a part is text', { review: { pending: '一件', total: 1 } }, [{ outcome: 'review' }]],
  ] as const)('%s', (_name, values, expected) => {
    const report = set(buildReport('2019'), 'reviewLitigation', values as never);
    expect(findings(report, 'T4-SUM')).toMatchObject(expected);
  });

  it('marks the group total and relates its four parts', () => {
    const report = set(buildReport('2021'), 'reviewLitigation', { litigationDirect: { pending: 3, total: 2 } });
    const [f] = findings(report, 'T4-SUM');
    expect(f!.cells).toEqual([at(report, 'reviewLitigation', 'litigationDirect', 'total')]);
    expect(f!.related).toHaveLength(4);
    expect(f!.message.zh).toBe('行政诉讼·未经复议直接起诉·总计应为 3（结果维持、结果纠正、其他结果、尚未审结之和），实为 2');
  });

  it('is not applicable without table 4', () => {
    const report = buildReport('2021');
    report.tables.reviewLitigation = null;
    expect(findings(report, 'T4-SUM')).toEqual([]);
  });
});
