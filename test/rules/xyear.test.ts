import { describe, expect, it } from 'vitest';
import { withPrevious } from '../../lib/audit';
import type { ParsedReport } from '../../lib/model';
import { runCrossYear } from '../../lib/rules';
import { TEXT_REUSE } from '../../lib/rules/xyear';
import { at, buildReport, set } from './support/build';
import { recordOf } from './support/records';

const pair = (cur: ParsedReport, prev: ParsedReport) => [recordOf(cur, 'https://www.a.gov.cn/2023.html'), recordOf(prev, 'https://www.a.gov.cn/2022.html')] as const;
const of = (rule: string, cur: ParsedReport, prev: ParsedReport) => runCrossYear(...pair(cur, prev)).findings.filter((f) => f.rule === rule);

describe('CARRY-XYEAR', () => {
  it('fires per column where this year carries over what last year did not carry forward, pointing at both cells', () => {
    const prev = set(buildReport('2021', 2022), 'applications', { carriedForward: { naturalPerson: 1, total: 1 } });
    const cur = set(buildReport('2021', 2023), 'applications', { carriedOver: { naturalPerson: 2, total: 2 } });
    const found = of('CARRY-XYEAR', cur, prev);
    expect(found.map((f) => [f.outcome, f.expected, f.actual])).toEqual([['fail', 1, 2], ['fail', 1, 2]]);
    expect(found[0]!.cells).toEqual([at(cur, 'applications', 'carriedOver', 'naturalPerson')]);
    expect(found[0]!.related).toEqual([{ ...at(prev, 'applications', 'carriedForward', 'naturalPerson'), url: 'https://www.a.gov.cn/2022.html' }]);
    expect(found[0]!.previous).toEqual({ url: 'https://www.a.gov.cn/2022.html', year: 2022, organ: '某某局' });
    expect(found[0]!.message.zh).toContain('2022年报告');
  });

  it('passes when the years agree, across the 2019 and 2021 formats too', () => {
    const prev = set(buildReport('2019', 2020), 'applications', { carriedForward: { naturalPerson: 3, total: 3 } });
    const cur = set(buildReport('2021', 2021), 'applications', { carriedOver: { naturalPerson: 3, total: 3 } });
    expect(of('CARRY-XYEAR', cur, prev)).toEqual([]);
  });

  it('takes blank as 0 but asks a person when a blank stands against a number', () => {
    const prev = set(buildReport('2021', 2022), 'applications', { carriedForward: { commercial: '', total: 2 } });
    const cur = set(buildReport('2021', 2023), 'applications', { carriedOver: { total: '' } });
    expect(of('CARRY-XYEAR', cur, prev).map((f) => [f.outcome, f.expected])).toEqual([['review', 2]]);
  });

  it('is not applicable unless the earlier report is of the year before', () => {
    const [cur, prev] = pair(buildReport('2021', 2023), buildReport('2021', 2021));
    expect(runCrossYear(cur, prev).rulesNotApplicable).toEqual(['CARRY-XYEAR', 'T2-STOCK-XYEAR', 'TEXT-REUSE']);
  });
});

describe('T2-STOCK-XYEAR', () => {
  it('notes in force that does not follow from last year plus made minus repealed', () => {
    const prev = set(buildReport('2021', 2022), 'activeDisclosure', { normativeDocuments: { inForce: 5 } });
    const cur = set(buildReport('2021', 2023), 'activeDisclosure', { normativeDocuments: { made: 2, repealed: 1, inForce: 5 } });
    const [f, ...rest] = of('T2-STOCK-XYEAR', cur, prev);
    expect(rest).toEqual([]);
    expect([f!.severity, f!.outcome, f!.expected, f!.actual]).toEqual(['info', 'fail', 6, 5]);
    expect(f!.related.at(-1)).toEqual({ ...at(prev, 'activeDisclosure', 'normativeDocuments', 'inForce'), url: 'https://www.a.gov.cn/2022.html' });
  });

  it('passes when it follows, and does not apply to a 2019-format year', () => {
    const prev = set(buildReport('2021', 2022), 'activeDisclosure', { normativeDocuments: { inForce: 5 } });
    const cur = set(buildReport('2021', 2023), 'activeDisclosure', { normativeDocuments: { made: 2, repealed: 1, inForce: 6 } });
    expect(of('T2-STOCK-XYEAR', cur, prev)).toEqual([]);
    const [c, p] = pair(buildReport('2021', 2021), buildReport('2019', 2020));
    expect(runCrossYear(c, p).rulesNotApplicable).toContain('T2-STOCK-XYEAR');
  });
});

const OWN = [
  '2022年，我局围绕优化营商环境，重点公开了行政审批事项的办理流程和结果。',
  '全年新建政务公开专区三个，配备专人为群众查询政府信息提供帮助。',
  '依申请公开工作方面，我局修订了申请办理规程，答复期限平均缩短了五个工作日。',
  '我局在门户网站开设了惠企政策专栏，集中发布各类扶持政策的解读材料。',
];
const FIXED = '本年度报告中所列数据的统计期限自2022年1月1日起至2022年12月31日止。如对本报告有任何疑问，请联系某某局办公室，电话：0512-12345678。';
const NEW = [
  '今年我局把重点放在基层政务公开标准化规范化建设上，编制了二十个领域的公开事项目录。',
  '我们组织乡镇工作人员开展了四期业务培训，覆盖基层人员三百余人次。',
  '针对群众反映的查找不便问题，我局对网站栏目进行了整体改版，信息检索更加便捷。',
];

const withSection1 = (r: ParsedReport, sentences: string[]): ParsedReport => ({
  ...r,
  narrative: ['一、总体情况', ...sentences, '二、主动公开政府信息情况', '五、存在的主要问题及改进情况', '存在的问题是公开内容还不够全面。', '六、其他需要报告的事项', '无。'].join('\n'),
});

describe('TEXT-REUSE', () => {
  it('fires on a section copied from last year with only the years changed, and says why', () => {
    const prev = withSection1(buildReport('2021', 2022), [FIXED, ...OWN]);
    const cur = withSection1(buildReport('2021', 2023), [FIXED, ...OWN].map((s) => s.replaceAll('2022', '2023')));
    const found = of('TEXT-REUSE', cur, prev);
    expect(found.map((f) => [f.severity, f.outcome, f.actual])).toEqual([['warning', 'fail', '100%']]);
    expect(found[0]!.message.zh).toContain('总体情况');
    expect(found[0]!.message.zh).toContain(`${TEXT_REUSE.threshold * 100}%`);
  });

  it('does not fire when the fixed sentences are all that repeats, nor below the threshold', () => {
    const prev = withSection1(buildReport('2021', 2022), [FIXED, ...OWN]);
    const fixedOnly = withSection1(buildReport('2021', 2023), [FIXED.replaceAll('2022', '2023'), ...NEW]);
    expect(of('TEXT-REUSE', fixedOnly, prev)).toEqual([]);
    // One of four paragraphs kept, as real reports keep some: about a quarter of the text.
    const some = withSection1(buildReport('2021', 2023), [FIXED, OWN[0]!, ...NEW]);
    expect(of('TEXT-REUSE', some, prev)).toEqual([]);
  });

  it('leaves a section too short to judge alone (「无。」 every year)', () => {
    const prev = withSection1(buildReport('2021', 2022), NEW);
    const cur = withSection1(buildReport('2021', 2023), [...OWN, ...NEW.slice(0, 1)]);
    expect(of('TEXT-REUSE', cur, prev)).toEqual([]);
  });
});

/** Two years that each add up (T3-BALANCE), but 2023 carries over 2 where 2022 carried forward 1. */
function mismatched(): [ParsedReport, ParsedReport] {
  const prev = set(buildReport('2021', 2022), 'applications', {
    newReceived: { naturalPerson: 1, total: 1 },
    carriedForward: { naturalPerson: 1, total: 1 },
  });
  const cur = set(buildReport('2021', 2023), 'applications', {
    carriedOver: { naturalPerson: 2, total: 2 },
    granted: { naturalPerson: 2, total: 2 },
    totalProcessed: { naturalPerson: 2, total: 2 },
  });
  return [cur, prev];
}

describe('withPrevious', () => {
  it('adds the cross-year findings, counts them in the verdict, and is idempotent', () => {
    const [cur, prev] = mismatched();
    expect(recordOf(cur, 'x').export.findings).toEqual([]);
    const [c, p] = pair(cur, prev);
    const once = withPrevious(c, p);
    expect(once.verdict.status).toBe('warnings');
    expect(once.verdict.counts.warning).toBe(2);
    expect(once.verdict.rulesRun).toEqual(expect.arrayContaining(['CARRY-XYEAR', 'T2-STOCK-XYEAR']));
    const twice = withPrevious({ ...c, export: once }, p);
    expect(twice.findings).toEqual(once.findings);
    expect(twice.verdict).toEqual(once.verdict);
    expect(withPrevious({ ...c, export: once }, null).findings.filter((f) => f.previous)).toEqual([]);
  });

  it('applies the reviewer dismissals to the cross-year findings too', () => {
    const [c, p] = pair(...mismatched());
    const ids = withPrevious(c, p).findings.filter((f) => f.rule === 'CARRY-XYEAR').map((f) => f.id);
    expect(ids).toHaveLength(2);
    const dismissed = withPrevious({ ...c, dismissed: ids }, p);
    const id = ids[0]!;
    expect(dismissed.verdict.status).toBe('pass');
    expect(dismissed.findings.find((f) => f.id === id)!.dismissed).toBe(true);
  });
});
