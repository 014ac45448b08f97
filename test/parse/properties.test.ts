import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readCell } from '../../lib/cells';
import { gridsFromText } from '../../lib/grid';
import { parseText } from '../../lib/parse';
import { allCells } from './expected';

const at = { table: 0, row: 0, col: 0 };
// Text built from the pieces report texts are made of, so the parser's paths are actually reached.
const reportish = fc
  .array(
    fc.oneof(
      fc.constantFrom('\t', '\n', '\n\n', '|', ' ', '　', '0', '12', '+3', '/', '无', '（七）总计', '申请人情况', '一、本年新收政府信息公开申请数量'),
      fc.constantFrom('第二十条第（一）项', '信息内容', '本年制发件数', '规章', '行政复议', '行政诉讼', '结果维持', '2021年政府信息公开工作年度报告'),
      fc.string({ maxLength: 8 }),
    ),
    { maxLength: 300 },
  )
  .map((parts) => parts.join(''));

describe('properties', () => {
  it('parseText never throws, and every cell it reports sits in a grid slot', () => {
    fc.assert(
      fc.property(reportish, (text) => {
        const o = parseText(text);
        expect(['report', 'unreadable', 'not-a-report']).toContain(o.status);
        if (o.status === 'not-a-report') return;
        const grids = gridsFromText(text);
        for (const cell of allCells(o.report)) expect(grids[cell.at.table]?.rows[cell.at.row]?.[cell.at.col]?.text).toBe(cell.raw);
      }),
      { numRuns: 300 },
    );
  });

  it('readCell reads any integer however it is written', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e9, max: 1e9 }), fc.boolean(), fc.boolean(), (n, grouped, fullWidth) => {
        let text = grouped ? n.toLocaleString('en-US') : String(n);
        if (fullWidth) text = text.replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));
        expect(readCell(text, at)).toMatchObject({ kind: 'number', value: n });
      }),
    );
  });

  it('readCell never reads a number out of text that has letters in it', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        const cell = readCell(`${s}x`, at);
        expect(cell.value).toBeNull();
      }),
    );
  });
});
