import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { normaliseCellText } from '../../lib/grid';
import { cellElement } from '../support/cell-element';
import { T3_COLUMNS, T3_ROWS_2021, T4_GROUPS, T4_LEAVES } from '../../lib/model';
import { parseDocument } from '../../lib/parse';
import { corpusDir } from '../support/paths';
import { allCells, reportOf } from './expected';

// Unmodified page from ../shared/corpus; its README states what a careful reading gives.
const doc = new JSDOM(readFileSync(resolve(corpusDir, 'shuyang-fgj-2023.html'), 'utf8')).window.document;
const outcome = parseDocument(doc);
const r = reportOf(outcome);

describe('shuyang-fgj-2023.html (沭阳县发展和改革局 2023)', () => {
  it('is a 2021-format report of 2023 by 沭阳县发展和改革局', () => {
    expect(outcome.status).toBe('report');
    expect([r.format, r.year, r.organ]).toEqual(['2021', 2023, '沭阳县发展和改革局']);
    expect(r.title).toBe('沭阳县发展和改革局2023年政府信息公开年度报告');
    expect(r.publishedAt).toBe('2024-01-17');
    expect(r.period).toMatchObject({ from: '2023-01-01', to: '2023-12-31' });
  });

  it('reads table 3: 自然人 and 总计 filled, the five 法人 columns blank', () => {
    const t3 = r.tables.applications!;
    expect(Object.keys(t3)).toEqual(T3_ROWS_2021.map(([k]) => k));
    const filled = { newReceived: 26, granted: 26, totalProcessed: 26 } as Record<string, number>;
    for (const [row, cols] of Object.entries(t3)) {
      expect(Object.keys(cols)).toEqual([...T3_COLUMNS]);
      expect([cols.naturalPerson!.value, cols.total!.value]).toEqual([filled[row] ?? 0, filled[row] ?? 0]);
      for (const c of ['commercial', 'research', 'nonprofit', 'legalService', 'otherOrg']) expect(cols[c]!.kind).toBe('blank');
    }
  });

  it('reads table 4 outside the wrapper the other tables share: 行政复议 尚未审结 1, 总计 1', () => {
    const t4 = r.tables.reviewLitigation!;
    for (const g of T4_GROUPS) {
      for (const l of T4_LEAVES) expect(t4[g]![l]!.value).toBe(g === 'review' && (l === 'pending' || l === 'total') ? 1 : 0);
    }
  });

  it('reads table 2 with its legacy 规范性文件 label kept for LABEL-VARIANT', () => {
    const t2 = r.tables.activeDisclosure!;
    expect(t2.normativeDocuments).toMatchObject({ made: { value: 8 }, repealed: { value: 0 }, inForce: { value: 18 } });
    expect(t2.fees!.amountWan!.value).toBe(0);
    expect(r.labels.find((l) => l.key === 'normativeDocuments')?.raw).toBe('规范性文件');
  });

  it('has the six sections, section 六 on fees, and a narrative without tables or site chrome', () => {
    expect(r.sections.map((s) => s.number)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(r.sections[4]!.title).toBe('存在的主要问题及整改措施');
    expect(r.otherMatters).toBe('2023年度，县发展和改革局政府信息公开未发生收费情况。');
    expect(r.narrative).toMatch(/^沭阳县发展和改革局2023年政府信息公开年度报告\n根据《中华人民共和国政府信息公开条例》/);
    expect(r.narrative).toContain('全年受理网络问政182件');
    expect(r.narrative).not.toMatch(/索引号|申请人情况|智能问答|繁體版/);
  });

  it('points every cell at its <td>', () => {
    for (const cell of allCells(r)) expect(normaliseCellText(cellElement(doc, cell.at)!.textContent ?? '')).toBe(cell.raw);
  });
});
