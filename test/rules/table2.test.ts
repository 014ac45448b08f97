import { describe, expect, it } from 'vitest';
import { runRules } from '../../lib/rules';
import { at, buildReport, findings, set } from './support/build';

describe('T2-VALID-LB', () => {
  it.each([
    ['holds', { regulations: { made: 3, repealed: 1, inForce: 10 } }, []],
    ['holds at the bound', { normativeDocuments: { made: 3, repealed: 1, inForce: 2 } }, []],
    ['fails below the bound', { normativeDocuments: { made: 5, repealed: 1, inForce: 2 } }, [{ outcome: 'fail', expected: '≥ 4', actual: 2 }]],
    ['asks for review of a blank in-force count', { regulations: { made: 2, inForce: '' } }, [{ outcome: 'review', expected: '≥ 2' }]],
    ['asks for review of text', { regulations: { made: '若干', inForce: 1 } }, [{ outcome: 'review' }]],
    ['says nothing when the row is blank', { regulations: { made: '', repealed: '', inForce: '' } }, []],
  ] as const)('%s', (_name, values, expected) => {
    const report = set(buildReport('2021'), 'activeDisclosure', values as never);
    const got = findings(report, 'T2-VALID-LB');
    expect(got).toMatchObject(expected);
    for (const f of got) expect(f.severity).toBe('warning');
  });

  it('is not applicable to the 2019 template', () => {
    expect(runRules(buildReport('2019')).rulesNotApplicable).toContain('T2-VALID-LB');
  });
});

describe('T2-19-PUB-LE-TOTAL', () => {
  it.each([
    ['holds', { regulations: { newlyPublished: 2, totalPublished: 9 } }, []],
    ['fails', { normativeDocuments: { newlyPublished: 7, totalPublished: 5 } }, [{ outcome: 'fail', expected: '≥ 7', actual: 5 }]],
    ['asks for review of a blank total', { normativeDocuments: { newlyPublished: 7, totalPublished: '/' } }, [{ outcome: 'review' }]],
  ] as const)('%s', (_name, values, expected) => {
    const report = set(buildReport('2019'), 'activeDisclosure', values as never);
    expect(findings(report, 'T2-19-PUB-LE-TOTAL')).toMatchObject(expected);
  });

  it('marks the total published as in the wrong', () => {
    const report = set(buildReport('2019'), 'activeDisclosure', { regulations: { newlyPublished: 3, totalPublished: 1 } });
    const [f] = findings(report, 'T2-19-PUB-LE-TOTAL');
    expect(f!.cells).toEqual([at(report, 'activeDisclosure', 'regulations', 'totalPublished')]);
    expect(f!.related).toEqual([at(report, 'activeDisclosure', 'regulations', 'newlyPublished')]);
  });

  it('is not applicable to the 2021 template', () => {
    expect(runRules(buildReport('2021')).rulesNotApplicable).toContain('T2-19-PUB-LE-TOTAL');
  });
});

describe('T2-FEE-UNIT', () => {
  it.each([
    ['a plausible amount', '185.5897', []],
    ['an amount marked 万元', '185.5897万元', []],
    ['the limit itself', '100000', []],
    ['an amount marked 元', '251000元', [{ outcome: 'fail', actual: '251000元' }]],
    ['an implausibly large amount', '2510000', [{ outcome: 'fail', actual: 2510000 }]],
    ['a blank', '', []],
    ['unreadable text', '见附件', [{ outcome: 'review' }]],
  ] as const)('%s', (_name, raw, expected) => {
    const report = set(buildReport('2021'), 'activeDisclosure', { fees: { amountWan: raw } });
    expect(findings(report, 'T2-FEE-UNIT')).toMatchObject(expected);
  });

  it('is not applicable to the 2019 template', () => {
    expect(runRules(buildReport('2019')).rulesNotApplicable).toContain('T2-FEE-UNIT');
  });
});
