import { describe, expect, it } from 'vitest';
import { at, buildReport, findings, set } from './support/build';

const cellOf = (report: ReturnType<typeof buildReport>, row: string, col: string) => at(report, 'applications', row, col);

describe('SPLIT-DIGITS', () => {
  it('names "2","0" in a row as a likely 20 when the row and column totals say 20', () => {
    const report = set(buildReport('2021'), 'applications', {
      newReceived: { naturalPerson: 20, total: 20 },
      granted: { naturalPerson: 2, commercial: 0, total: 20 },
      totalProcessed: { naturalPerson: 20, total: 20 },
    });
    const got = findings(report, 'SPLIT-DIGITS');
    expect(got).toHaveLength(1);
    expect(got[0]).toMatchObject({ severity: 'info', outcome: 'fail', expected: 20, actual: '2, 0' });
    expect(got[0]!.cells).toEqual([cellOf(report, 'granted', 'naturalPerson'), cellOf(report, 'granted', 'commercial')]);
    expect(got[0]!.related).toEqual([cellOf(report, 'granted', 'total'), cellOf(report, 'totalProcessed', 'naturalPerson')]);
    expect(got[0]!.message.zh).toBe('（一）予以公开·自然人（2）与（一）予以公开·商业企业（0）可能是 20 被拆进相邻两格：若（一）予以公开·自然人为 20、（一）予以公开·商业企业为 0，T3-ROWSUM、T3-RESULTSUM 即可成立');
  });

  it('joins "1","2" into 12 and clears the second cell', () => {
    const report = set(buildReport('2021'), 'applications', {
      newReceived: { naturalPerson: 12, total: 12 },
      granted: { naturalPerson: 1, commercial: 2, total: 12 },
      totalProcessed: { naturalPerson: 12, total: 12 },
    });
    expect(findings(report, 'SPLIT-DIGITS')).toMatchObject([{ expected: 12, cells: [cellOf(report, 'granted', 'naturalPerson'), cellOf(report, 'granted', 'commercial')] }]);
  });

  it('works in a column and across table 4', () => {
    const report = set(buildReport('2021'), 'reviewLitigation', { review: { pending: 1, total: 10 } });
    // pending=1, total=0 would hold the sum of 10 only as 1|0 → total 10: the pair is pending and total.
    expect(findings(report, 'SPLIT-DIGITS')).toEqual([]);
    set(report, 'reviewLitigation', { review: { other: 1, pending: 0, total: 10 } });
    expect(findings(report, 'SPLIT-DIGITS')).toMatchObject([{ expected: 10, related: [at(report, 'reviewLitigation', 'review', 'total')] }]);
  });

  it('stays silent when the join would break a sum that holds', () => {
    const report = set(buildReport('2021'), 'applications', {
      newReceived: { naturalPerson: 2, total: 20 },
      granted: { naturalPerson: 2, commercial: 0, total: 20 },
      totalProcessed: { naturalPerson: 2, total: 20 },
    });
    expect(findings(report, 'SPLIT-DIGITS')).toEqual([]);
  });

  it('does not read "0","5" as a split 05', () => {
    const report = set(buildReport('2021'), 'applications', { granted: { naturalPerson: 0, commercial: 5, total: 50 } });
    expect(findings(report, 'SPLIT-DIGITS').filter((f) => f.expected === 5)).toEqual([]);
  });

  it('stays silent when every sum holds', () => {
    expect(findings(buildReport('2019'), 'SPLIT-DIGITS')).toEqual([]);
  });

  it('pairs cells down a column by key, not by grid column (a text row counts its label cells)', () => {
    const report = set(buildReport('2021'), 'applications', {
      newReceived: { naturalPerson: 20, commercial: 1, total: 21 },
      granted: { naturalPerson: 2, commercial: 1, total: 21 },
      totalProcessed: { naturalPerson: 20, commercial: 1, total: 21 },
    });
    // （二） has one label cell more than （一） in the seeds' text form: its values sit one index right.
    for (const c of Object.values(report.tables.applications!.partlyGranted!)) c.at = { ...c.at, col: c.at.col + 1 };
    expect(findings(report, 'SPLIT-DIGITS')).toMatchObject([
      { expected: 20, cells: [cellOf(report, 'granted', 'naturalPerson'), cellOf(report, 'partlyGranted', 'naturalPerson')] },
    ]);
  });
});
