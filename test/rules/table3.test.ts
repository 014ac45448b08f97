import { describe, expect, it } from 'vitest';
import { buildReport, findings, set, at } from './support/build';

type Case = [name: string, values: Record<string, Record<string, string | number>>, expected: object[]];

describe('T3-ROWSUM', () => {
  const cases: Case[] = [
    ['passes when the total is the sum', { granted: { naturalPerson: 2, commercial: 1, total: 3 } }, []],
    ['fails on a wrong total', { granted: { naturalPerson: 2, commercial: 1, total: 4 } }, [{ outcome: 'fail', expected: 3, actual: 4 }]],
    ['counts blank and placeholder addends as 0', { granted: { naturalPerson: 3, commercial: '', research: '/', total: 3 } }, []],
    ['fails with blank addends on that basis', { granted: { naturalPerson: 3, commercial: '', total: 5 } }, [{ outcome: 'fail', expected: 3, actual: 5 }]],
    ['asks for review when the total is blank over numbers', { granted: { naturalPerson: 3, total: '' } }, [{ outcome: 'review', expected: 3 }]],
    ['says nothing when the total and every addend are blank', blankRow('granted'), []],
    ['says nothing when a blank total sits over zeros', { granted: { total: '—' } }, []],
    ['asks for review when an addend is text', { granted: { naturalPerson: '见附件', total: 3 } }, [{ outcome: 'review' }]],
    ['asks for review when the total is text', { granted: { naturalPerson: 3, total: '三' } }, [{ outcome: 'review' }]],
    ['asks for review of a total over parts nobody filled in', { granted: { ...blankRow('granted').granted, total: 4 } }, [{ outcome: 'review', actual: 4 }]],
  ];
  it.each(cases)('%s', (_name, values, expected) => {
    const report = set(buildReport('2021'), 'applications', values);
    const got = findings(report, 'T3-ROWSUM');
    expect(got).toMatchObject(expected);
    for (const f of got) {
      expect(f.severity).toBe('error');
      expect(f.cells).toEqual([at(report, 'applications', 'granted', 'total')]);
      expect(f.related).toHaveLength(6);
    }
  });

  it('names the cell in official labels and states the expectation in both languages', () => {
    const report = set(buildReport('2021'), 'applications', { totalProcessed: { naturalPerson: 12, total: 11 } });
    const [f] = findings(report, 'T3-ROWSUM');
    expect(f!.message.zh).toBe('（七）总计·总计应为 12（六类申请人之和），实为 11');
    expect(f!.message.en).toBe('(7) Total / total should be 12 (the sum of the six applicant columns), found 11');
  });

  it('does not count a legal-person subtotal column as an applicant', () => {
    const report = set(buildReport('2021'), 'applications', { granted: { commercial: 2, legalSubtotal: 2, total: 2 } });
    expect(findings(report, 'T3-ROWSUM')).toEqual([]);
  });
});

function blankRow(row: string): Record<string, Record<string, string>> {
  return { [row]: { naturalPerson: '', commercial: '', research: '', nonprofit: '', legalService: '', otherOrg: '', total: '' } };
}

describe('T3-RESULTSUM', () => {
  it.each([
    ['2021', { granted: { total: 1 }, 'denied.thirdParty': { total: 2 }, 'other.misc': { total: 3 }, totalProcessed: { total: 6 } }, []],
    ['2021', { granted: { total: 1 }, 'other.feeUnpaid': { total: 3 }, totalProcessed: { total: 3 } }, [{ expected: 4, actual: 3 }]],
    ['2019', { 'unavailable.notHeld': { total: 2 }, other: { total: 3 }, totalProcessed: { total: 5 } }, []],
    ['2019', { 'notProcessed.duplicate': { total: 2 }, other: { total: 3 }, totalProcessed: { total: 4 } }, [{ expected: 5, actual: 4 }]],
  ] as const)('format %s: %j', (format, values, expected) => {
    const report = set(buildReport(format), 'applications', values as never);
    // The row sums fail too (only total set); this rule looks at columns.
    expect(findings(report, 'T3-RESULTSUM')).toMatchObject(expected);
  });

  it('marks （七）总计 as the cell in the wrong and every result row as related', () => {
    const report = set(buildReport('2021'), 'applications', { granted: { naturalPerson: 1 } });
    const [f] = findings(report, 'T3-RESULTSUM');
    expect(f!.cells).toEqual([at(report, 'applications', 'totalProcessed', 'naturalPerson')]);
    expect(f!.related).toHaveLength(21);
    expect(f!.message.zh).toBe('（七）总计·自然人应为 1（各处理结果之和），实为 0');
  });

  it('on a mixed template uses the sub-rows of （六） where present, never also the heading row', () => {
    const report = set(buildReport('2021'), 'applications', { other: { total: 5 }, 'other.misc': { total: 5 }, totalProcessed: { total: 5 } });
    report.format = 'mixed';
    expect(findings(report, 'T3-RESULTSUM')).toEqual([]);
  });

  it('on an unknown template uses the rows the report has', () => {
    const report = set(buildReport('2019'), 'applications', { other: { total: 2 }, totalProcessed: { total: 2 } });
    report.format = 'unknown';
    delete report.tables.applications!['denied.queryMatter'];
    expect(findings(report, 'T3-RESULTSUM')).toEqual([]);
  });

  it('on an unknown template asks for review when a result row the page names was not read, never checks the sum without it', () => {
    const report = set(buildReport('2019'), 'applications', { partlyGranted: { naturalPerson: 4, total: 4 }, totalProcessed: { naturalPerson: 4, total: 4 } });
    report.format = 'unknown';
    delete report.tables.applications!.partlyGranted;
    report.mentioned = ['applications.partlyGranted'];
    const got = findings(report, 'T3-RESULTSUM');
    expect(got.length).toBeGreaterThan(0);
    expect(got.every((f) => f.outcome === 'review')).toBe(true);
  });

  it('asks for review when a result row the format requires is missing', () => {
    const report = buildReport('2021');
    delete report.tables.applications!['other.misc'];
    const got = findings(report, 'T3-RESULTSUM');
    expect(got).toHaveLength(7);
    expect(got[0]).toMatchObject({ outcome: 'review' });
    expect(got[0]!.message.zh).toContain('未找到');
  });

  it('is not applicable without a （七）总计 row', () => {
    const report = buildReport('2021');
    delete report.tables.applications!.totalProcessed;
    expect(findings(report, 'T3-RESULTSUM')).toEqual([]);
  });
});

describe('T3-BALANCE', () => {
  it.each([
    ['holds', { newReceived: { total: 5 }, carriedOver: { total: 1 }, totalProcessed: { total: 4 }, carriedForward: { total: 2 } }, []],
    ['fails', { newReceived: { total: 5 }, carriedOver: { total: 1 }, totalProcessed: { total: 4 }, carriedForward: { total: 1 } }, [{ outcome: 'fail', expected: 6, actual: 5 }]],
    ['counts a blank carried-forward as 0', { newReceived: { total: 5 }, totalProcessed: { total: 5 }, carriedForward: { total: '' } }, []],
    ['asks for review when both outcome cells are blank', { newReceived: { total: 5 }, totalProcessed: { total: '' }, carriedForward: { total: '/' } }, [{ outcome: 'review', expected: 5 }]],
  ] as const)('%s', (_name, values, expected) => {
    const report = set(buildReport('2021'), 'applications', values as never);
    expect(findings(report, 'T3-BALANCE')).toMatchObject(expected);
  });

  it('marks （七）总计 and 结转下年度 as in the wrong, the intake rows as related', () => {
    const report = set(buildReport('2021'), 'applications', { newReceived: { total: 5 }, totalProcessed: { total: 4 } });
    const [f] = findings(report, 'T3-BALANCE');
    const cell = (row: string) => at(report, 'applications', row, 'total');
    expect(f!.cells).toEqual([cell('totalProcessed'), cell('carriedForward')]);
    expect(f!.related).toEqual([cell('newReceived'), cell('carriedOver')]);
    expect(f!.message.zh).toBe('「总计」列（七）总计加四、结转下年度继续办理应为 5（一、本年新收加二、上年结转，即表中注明的勾稽关系），实为 4');
  });
});

describe('T3-LEGALSUB', () => {
  it('is not applicable without a subtotal column', () => {
    expect(findings(buildReport('2021'), 'T3-LEGALSUB')).toEqual([]);
  });

  it.each([
    [{ commercial: 2, research: 1, legalSubtotal: 3, total: 3 }, []],
    [{ commercial: 2, research: 1, legalSubtotal: 2, total: 3 }, [{ outcome: 'fail', expected: 3, actual: 2 }]],
    [{ commercial: 2, legalSubtotal: '', total: 2 }, [{ outcome: 'review', expected: 2 }]],
  ])('%j', (row, expected) => {
    const report = set(buildReport('2021'), 'applications', { granted: row });
    expect(findings(report, 'T3-LEGALSUB')).toMatchObject(expected);
  });
});
