import { describe, expect, it } from 'vitest';
import { compareYears, sentencesOf } from '../../lib/compare';
import type { ParsedReport } from '../../lib/model';
import { buildReport, set } from '../rules/support/build';
import { recordOf } from '../rules/support/records';

const withText = (r: ParsedReport, narrative: string): ParsedReport => ({ ...r, narrative });

describe('compareYears: tables', () => {
  it('sets every value beside last year\'s with its change', () => {
    const prev = set(buildReport('2021', 2022), 'applications', { newReceived: { naturalPerson: 4, total: 4 } });
    const cur = set(buildReport('2021', 2023), 'applications', { newReceived: { naturalPerson: 7, total: 7 } });
    const c = compareYears(recordOf(cur, 'a'), recordOf(prev, 'b'));
    const t3 = c.tables.find((t) => t.table === 'applications')!;
    const row = t3.rows.find((r) => r.row === 'newReceived')!;
    expect(row.name.zh).toBe('一、本年新收政府信息公开申请数量');
    const total = row.values.find((v) => v.col === 'total')!;
    expect([total.previous?.value, total.current?.value, total.change]).toEqual([4, 7, 3]);
    expect(t3.rows.map((r) => r.row)).toContain('carriedForward');
  });

  it('never compares 2019 columns with 2021 ones', () => {
    const c = compareYears(recordOf(buildReport('2021', 2021), 'a'), recordOf(buildReport('2019', 2020), 'b'));
    const regs = c.tables.find((t) => t.table === 'activeDisclosure')!.rows.find((r) => r.row === 'regulations')!;
    expect(regs.values.map((v) => [v.col, v.current !== null, v.previous !== null, v.change])).toEqual([
      ['made', true, false, null],
      ['repealed', true, false, null],
      ['inForce', true, false, null],
      ['newlyMade', false, true, null],
      ['newlyPublished', false, true, null],
      ['totalPublished', false, true, null],
    ]);
  });
});

describe('compareYears: narrative', () => {
  const before = '一、总体情况\n本报告中所列数据的统计期限自2022年1月1日起至2022年12月31日止。2022年，我局公开文件十件。我局建成了公开专区。\n五、存在的主要问题及改进情况\n人员不足。';
  const after = '一、总体情况\n本报告中所列数据的统计期限自2023年1月1日起至2023年12月31日止。2023年，我局公开文件十件。今年我局开通了政务微博。\n五、存在的主要问题及改进情况\n培训不够。';

  it('marks sentences repeated verbatim (years aside) and leaves the fixed ones out of the share', () => {
    const c = compareYears(recordOf(withText(buildReport('2021', 2023), after), 'a'), recordOf(withText(buildReport('2021', 2022), before), 'b'));
    const s1 = c.narrative.find((s) => s.template === 1)!;
    expect(s1.current.map((m) => [m.repeated, m.fixed])).toEqual([[true, true], [true, false], [false, false]]);
    expect(s1.rows.map((r) => r.kind)).toEqual(['same', 'same', 'changed']);
    const changed = s1.rows[2]!;
    expect(changed.kind === 'changed' && changed.parts.some((p) => p.kind === 'added' && p.text.includes('政务微博'))).toBe(true);
    // 「####年，我局公开文件十件」 against 「今年我局开通了政务微博」: by characters, not sentences.
    expect(s1.share).toBeCloseTo(s1.repeated / s1.counted);
    expect(s1.repeated).toBeGreaterThan(0);
    expect(s1.share).toBeLessThan(1);
    expect(c.narrative.find((s) => s.template === 5)!.share).toBe(0);
  });

  it('splits Chinese sentences at 。！？； and line ends', () => {
    expect(sentencesOf('一是加强领导；二是完善制度。\n三是 强化监督！')).toEqual(['一是加强领导；', '二是完善制度。', '三是 强化监督！']);
  });
});
