import { describe, expect, it } from 'vitest';
import type { TableKey } from '../../lib/model';
import { at, buildReport, findings, set } from './support/build';

describe('NUM-INVALID', () => {
  it.each([
    ['applications', 'granted', 'naturalPerson', '见附件', 1],
    ['applications', 'granted', 'naturalPerson', '-1', 1],
    ['applications', 'granted', 'naturalPerson', '1.5', 1],
    ['applications', 'granted', 'naturalPerson', '3件', 0],
    ['applications', 'granted', 'naturalPerson', '/', 0],
    ['reviewLitigation', 'review', 'pending', '-2', 1],
    ['activeDisclosure', 'fees', 'amountWan', '185.5897', 0],
    ['activeDisclosure', 'fees', 'amountWan', '约两万', 1],
  ] as const)('%s.%s.%s = %j → %i finding(s)', (table, row, col, raw, count) => {
    const report = set(buildReport('2021'), table, { [row]: { [col]: raw } });
    const got = findings(report, 'NUM-INVALID');
    expect(got).toHaveLength(count);
    for (const f of got) {
      // Text that is no number may be our reading's fault: a person decides (issue #9).
      expect(f).toMatchObject({ severity: 'error', outcome: /^[-\d.]+$/.test(raw) ? 'fail' : 'review', actual: raw });
      expect(f.cells).toEqual([at(report, table, row, col)]);
    }
  });

  it('allows a signed change in the 2019 template, but not a fractional one', () => {
    const report = set(buildReport('2019'), 'activeDisclosure', { licensing: { change: '-8' }, penalty: { change: '+19' } });
    expect(findings(report, 'NUM-INVALID')).toEqual([]);
    set(report, 'activeDisclosure', { penalty: { change: '1.5' } });
    expect(findings(report, 'NUM-INVALID')).toHaveLength(1);
  });

  it('allows decimals in the procurement amount', () => {
    const report = set(buildReport('2019'), 'activeDisclosure', { procurement: { amount: '6216103.24元' } });
    expect(findings(report, 'NUM-INVALID')).toEqual([]);
  });

  it('names the cell and why', () => {
    const report = set(buildReport('2021'), 'applications', { carriedOver: { total: '-1' } });
    expect(findings(report, 'NUM-INVALID')[0]!.message.zh).toBe('二、上年结转政府信息公开申请数量·总计「-1」是负数，件数不能为负');
  });
});

describe('CELL-BLANK', () => {
  it('reports the blank and placeholder cells of each table once, all cells listed', () => {
    const report = set(buildReport('2021'), 'applications', { granted: { commercial: '', research: '/' }, carriedOver: { total: '—' } });
    set(report, 'reviewLitigation', { review: { other: '无' } });
    const got = findings(report, 'CELL-BLANK');
    expect(got).toHaveLength(2);
    expect(got[0]).toMatchObject({ severity: 'warning', outcome: 'fail' });
    expect(got[0]!.cells).toEqual([
      at(report, 'applications', 'carriedOver', 'total'),
      at(report, 'applications', 'granted', 'commercial'),
      at(report, 'applications', 'granted', 'research'),
    ]);
    expect(got[0]!.message.zh).toMatch(/^表三（收到和处理政府信息公开申请情况）有 3 个单元格/);
    expect(got[1]!.cells).toEqual([at(report, 'reviewLitigation', 'review', 'other')]);
  });

  it('does not count text or zero as blank', () => {
    const report = set(buildReport('2021'), 'applications', { granted: { commercial: '0', research: '见附件' } });
    expect(findings(report, 'CELL-BLANK')).toEqual([]);
  });

  it('elides a long list in the message', () => {
    const cols = { naturalPerson: '', commercial: '', research: '', nonprofit: '', legalService: '', otherOrg: '', total: '' };
    const report = set(buildReport('2021'), 'applications', { granted: cols, partlyGranted: cols });
    const [f] = findings(report, 'CELL-BLANK');
    expect(f!.cells).toHaveLength(14);
    expect(f!.message.zh).toContain('等 14 处');
  });
});

describe('UNIT-IN-CELL', () => {
  it.each([
    ['applications', 'granted', 'naturalPerson', '11个', 1],
    ['reviewLitigation', 'review', 'total', '0件', 1],
    ['activeDisclosure', 'licensing', 'decisions', '108件', 1],
    ['activeDisclosure', 'fees', 'amountWan', '12万元', 0],
    ['applications', 'granted', 'naturalPerson', '11', 0],
  ] as const)('%s.%s.%s = %j → %i', (table: TableKey, row, col, raw, count) => {
    const report = set(buildReport('2021'), table, { [row]: { [col]: raw } });
    const got = findings(report, 'UNIT-IN-CELL');
    expect(got).toHaveLength(count);
    for (const f of got) expect(f).toMatchObject({ severity: 'info', cells: [at(report, table, row, col)] });
  });

  it('gathers a table\'s cells in one finding', () => {
    const report = set(buildReport('2021'), 'applications', { granted: { naturalPerson: '1件', total: '1件' } });
    expect(findings(report, 'UNIT-IN-CELL')).toMatchObject([{ cells: [{}, {}] }]);
  });
});
