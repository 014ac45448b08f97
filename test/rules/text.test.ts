import { describe, expect, it } from 'vitest';
import { runRules } from '../../lib/rules';
import { at, buildReport, findings, set } from './support/build';

/** A 2021 report whose table 3 says: 4 new, 1 carried over, 3 granted, 2 not held, 0 carried forward. */
function withApplications() {
  return set(buildReport('2021'), 'applications', {
    newReceived: { naturalPerson: 4, total: 4 },
    carriedOver: { naturalPerson: 1, total: 1 },
    granted: { naturalPerson: 3, total: 3 },
    'unavailable.notHeld': { naturalPerson: 2, total: 2 },
    totalProcessed: { naturalPerson: 5, total: 5 },
  });
}

describe('TEXT-T3', () => {
  it('flags a mismatch stated for a narrower body, quoting the scope the text gives', () => {
    const report = withApplications();
    report.narrative = '区政府办公室全年共受理政府信息公开申请9件。';
    const [f, ...rest] = findings(report, 'TEXT-T3');
    expect(rest).toEqual([]);
    expect(f!.message.zh).toBe('正文「受理政府信息公开申请9件」（所述范围为「区政府办公室」，可能小于本表）称 9 件，与表三不符：表三本年新收（加上年结转）为 4 或 5');
  });

  it.each([
    ['共收到政府信息公开申请4件。', []],
    ['共收到政府信息公开申请5件（含上年结转）。', []],
    ['共收到政府信息公开申请6件。', [{ outcome: 'fail', expected: 4, actual: 6 }]],
    ['本年度未收到政府信息公开申请。', [{ outcome: 'fail', expected: 4, actual: 0 }]],
    ['共受理政府信息公开申请四件，其中予以公开三件，无法提供2件。', []],
    ['共受理政府信息公开申请4件，其中予以公开2件。', [{ expected: 3, actual: 2 }]],
    ['对申请人的申请，结转下年度继续办理1件。', [{ expected: 0, actual: 1 }]],
    ['全年受理网络问政182件，主动公开信息132条，答复率100%。', []],
    // issue #9 §3
    ['共收到申请4件，其中予以公开及部分公开3件，不予公开和无法提供共2件。', []],
    ['共收到申请4件，其中予以公开及部分公开4件。', [{ expected: 3, actual: 4 }]],
    ['共收到申请4件，其中自然人4件、法人或其他组织0件。', []],
    ['共收到申请4件，其中自然人3件、法人或其他组织1件。', [{ expected: 4, actual: 3 }, { expected: 0, actual: 1 }]],
    ['全年办结政府信息公开申请5件。', []],
    ['全年办结政府信息公开申请六件。', [{ expected: 5, actual: 6 }]],
    ['通过12345热线受理群众申请300件，依申请公开信息12条。', []],
    ['共收到政府信息公开\n申请6件。', [{ expected: 4, actual: 6 }]],
    ['共收到政府信息公开申请四件；其中予以公开三件；无法提供两件。', []],
    ['共收到政府信息公开申请四件；其中予以公开两件。', [{ expected: 3, actual: 2 }]],
    ['全年共受理政府信息公开申请；主动公开政府信息132条。', []],
    ['外冈镇人民政府全年共受理政府信息公开申请4件。', []],
  ])('%s', (narrative, expected) => {
    const report = withApplications();
    report.narrative = narrative;
    const got = findings(report, 'TEXT-T3');
    expect(got).toMatchObject(expected);
    for (const f of got) expect(f.severity).toBe('warning');
  });

  it('points at the cells the text contradicts and quotes the text', () => {
    const report = withApplications();
    report.narrative = '共受理政府信息公开申请4件，其中无法提供3件。';
    const [f] = findings(report, 'TEXT-T3');
    expect(f!.cells).toEqual([at(report, 'applications', 'unavailable.notHeld', 'total'), at(report, 'applications', 'unavailable.needsCreation', 'total'), at(report, 'applications', 'unavailable.unclear', 'total')]);
    expect(f!.message.zh).toBe('正文「无法提供3件」称 3 件，与表三不符：表三（四）无法提供各项合计为 2');
  });

  it('reads a blank total column as the sum of its row', () => {
    const report = set(withApplications(), 'applications', { granted: { total: '' } });
    report.narrative = '共受理政府信息公开申请4件，其中予以公开3件。';
    expect(findings(report, 'TEXT-T3')).toEqual([]);
  });

  it('asks for review when the table cell is unreadable', () => {
    const report = set(withApplications(), 'applications', { newReceived: { total: '见附件' } });
    report.narrative = '共收到政府信息公开申请4件。';
    expect(findings(report, 'TEXT-T3')).toMatchObject([{ outcome: 'review' }]);
  });

  it('reports the same claim once', () => {
    const report = withApplications();
    report.narrative = '共收到政府信息公开申请6件。\n本年共收到政府信息公开申请6件。';
    expect(findings(report, 'TEXT-T3')).toHaveLength(1);
  });

  it('sums the three （六） sub-rows of a 2021 table', () => {
    const report = set(withApplications(), 'applications', { 'other.noCorrection': { total: 1 }, 'other.misc': { total: 1 } });
    report.narrative = '申请中其他处理2件。';
    expect(findings(report, 'TEXT-T3')).toEqual([]);
  });

  it('is not applicable without narrative', () => {
    expect(runRules(withApplications()).rulesNotApplicable).toContain('TEXT-T3');
  });
});

describe('TEXT-T4', () => {
  const withCases = () =>
    set(buildReport('2019'), 'reviewLitigation', {
      review: { upheld: 1, total: 1 },
      litigationDirect: { pending: 1, total: 1 },
      litigationAfterReview: { upheld: 1, total: 1 },
    });
  it.each([
    ['因政府信息公开申请行政复议1件，行政诉讼2件。', []],
    ['因政府信息公开申请行政复议2件。', [{ outcome: 'fail', expected: 1, actual: 2 }]],
    ['因政府信息公开被提起行政诉讼1件。', [{ outcome: 'fail', expected: 2, actual: 1 }]],
    ['本年度未发生因政府信息公开引起的行政复议和行政诉讼。', [{ expected: 1, actual: 0 }, { expected: 2, actual: 0 }]],
    ['全年办理行政复议案件120件。', []],
    // issue #9 §3: without 行政, and 纠错
    ['因政府信息公开申请复议1件，其中纠错0件；诉讼2件。', []],
    ['因政府信息公开申请复议1件，其中纠错1件。', [{ expected: 0, actual: 1 }]],
    ['因信息公开被提起诉讼3件。', [{ expected: 2, actual: 3 }]],
    ['因政府信息公开被提起\n诉讼三件。', [{ expected: 2, actual: 3 }]],
    ['因政府信息公开申请复议一件；诉讼两件。', []],
    ['全年法律顾问代理诉讼案件8件，复议案件3件。', []],
  ])('%s', (narrative, expected) => {
    const report = withCases();
    report.narrative = narrative;
    expect(findings(report, 'TEXT-T4')).toMatchObject(expected);
  });

  it('points at both litigation totals for a litigation claim', () => {
    const report = withCases();
    report.narrative = '因政府信息公开被提起行政诉讼5件。';
    const [f] = findings(report, 'TEXT-T4');
    expect(f!.cells).toEqual([at(report, 'reviewLitigation', 'litigationDirect', 'total'), at(report, 'reviewLitigation', 'litigationAfterReview', 'total')]);
  });
});

describe('PERIOD', () => {
  it.each([
    [{ from: '2023-01-01', to: '2023-12-31', raw: '2023年1月1日至2023年12月31日' }, 0],
    [{ from: '2023-01-01', to: '2023-12-20', raw: '2023年1月1日至2023年12月20日' }, 1],
    [{ from: '2022-01-01', to: '2022-12-31', raw: '2022年1月1日至2022年12月31日' }, 1],
  ])('%j', (p, count) => {
    const report = buildReport('2021', 2023);
    report.period = p;
    const got = findings(report, 'PERIOD');
    expect(got).toHaveLength(count);
    for (const f of got) expect(f).toMatchObject({ severity: 'warning', outcome: 'fail', actual: `${p.from}/${p.to}` });
  });

  it('is not applicable when no period is stated or the year is unknown', () => {
    const noPeriod = buildReport('2021');
    noPeriod.period = null;
    const noYear = buildReport('2021');
    noYear.year = null;
    expect(runRules(noPeriod).rulesNotApplicable).toContain('PERIOD');
    expect(runRules(noYear).rulesNotApplicable).toContain('PERIOD');
  });
});

describe('FEE-DISCLOSURE', () => {
  it.each([
    ['本年度未收取信息处理费。', 0],
    ['本机关依据《政府信息公开信息处理费管理办法》收费0元。', 0],
    ['无其他需要报告的事项。', 1],
    ['', 1],
  ])('%j → %i', (otherMatters, count) => {
    const report = buildReport('2021');
    report.otherMatters = otherMatters;
    expect(findings(report, 'FEE-DISCLOSURE')).toMatchObject(Array(count).fill({ severity: 'info', outcome: 'fail' }));
  });

  it('is not applicable to the 2019 template or without section 六', () => {
    expect(runRules(buildReport('2019')).rulesNotApplicable).toContain('FEE-DISCLOSURE');
    const report = buildReport('2021');
    report.otherMatters = '';
    report.sections = report.sections.slice(0, 5);
    expect(runRules(report).rulesNotApplicable).toContain('FEE-DISCLOSURE');
  });
});
