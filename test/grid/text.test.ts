import { describe, expect, it } from 'vitest';
import { gridsFromText, type Grid } from '../../lib/grid';
import { scanText } from '../../lib/grid/text';

const texts = (g: Grid): string[][] => g.rows.map((r) => r.map((c) => c.text));

describe('gridsFromText: the seeds form (a cell per tab-led line)', () => {
  const seed = [
    '二、主动公开政府信息情况', // 1
    '\t第二十条第（一）项', // 2
    '', // 3
    '\t信息内容', // 4
    '\t本年新', // 5
    '制作数量', // 6
    '\t对外公开总数量', // 7
    '', // 8
    '\t规    章', // 9
    '\t　　0', // 10
    '\t', // 11
    '', // 12
    '', // 13
    '三、收到和处理政府信息公开申请情况', // 14
    '\t\u3000', // 15
  ].join('\n');

  it('splits rows at blank lines, joins continuation lines and ends a block at prose after a blank line', () => {
    const { grids, prose } = scanText(seed);
    expect(grids).toHaveLength(2);
    expect(texts(grids[0]!)).toEqual([['第二十条第（一）项'], ['信息内容', '本年新制作数量', '对外公开总数量'], ['规章', '0', '']]);
    expect(texts(grids[1]!)).toEqual([['']]);
    expect(prose.map((p) => [p.line, p.text])).toEqual([
      [1, '二、主动公开政府信息情况'],
      [14, '三、收到和处理政府信息公开申请情况'],
    ]);
  });

  it('gives every cell its block, row, column and 1-based line', () => {
    const [g] = gridsFromText(seed);
    expect(g!.rows[1]![1]!.ref).toEqual({ table: 0, row: 1, col: 1, line: 5 });
    expect(g!.rows[2]![2]!.ref).toEqual({ table: 0, row: 2, col: 2, line: 11 });
  });

  it('keeps the empty tab lines of vertically merged cells, so rows are ragged', () => {
    const [g] = gridsFromText(['\t三、本年度办理结果', '\t（一）予以公开', '\t1', '', '\t', '\t（二）部分公开', '\t0'].join('\n'));
    expect(texts(g!)).toEqual([['三、本年度办理结果', '（一）予以公开', '1'], ['', '（二）部分公开', '0']]);
  });

  it('drops Word bookmark anchors and a BOM', () => {
    const { grids, prose } = scanText('\uFEFF标题\n\t[bookmark: _Hlk1]统　计\n');
    expect(prose[0]!.text).toBe('标题');
    expect(texts(grids[0]!)).toEqual([['统计']]);
  });
});

describe('gridsFromText: innerText rows (tab-separated cells)', () => {
  it('reads one row per line, keeping empty cells', () => {
    const text = '标题\n信息内容\t本年制发件数\t本年废止件数\n规章\t1\t\n\t2\t3\n正文';
    const { grids, prose } = scanText(text);
    expect(texts(grids[0]!)).toEqual([['信息内容', '本年制发件数', '本年废止件数'], ['规章', '1', ''], ['', '2', '3']]);
    expect(grids[0]!.rows[1]![1]!.ref).toEqual({ table: 0, row: 1, col: 1, line: 3 });
    expect(prose.map((p) => p.text)).toEqual(['标题', '正文']);
  });
});

describe('gridsFromText: `|` rows', () => {
  it('reads markdown-like rows and skips the separator row', () => {
    const text = ['前言', '', '| 信息内容 | 本年制发件数 |', '|---|:---:|', '| 规章 | 1,234 |', '', '后记'].join('\n');
    const { grids, prose } = scanText(text);
    expect(texts(grids[0]!)).toEqual([['信息内容', '本年制发件数'], ['规章', '1,234']]);
    expect(grids[0]!.rows[1]![1]!.ref.line).toBe(5);
    expect(prose.map((p) => p.text)).toEqual(['前言', '后记']);
  });
});

describe('gridsFromText: bad input', () => {
  it('returns no grids for empty or binary input', () => {
    expect(gridsFromText('')).toEqual([]);
    expect(() => gridsFromText('\u0000\uFFFD\u0001\u00ff'.repeat(1000))).not.toThrow();
  });
});

describe('gridsFromText: a label per line, the row\'s values on the next (PDF text)', () => {
  const text = [
    '2023年，本机关共受理政府信息公开申请5件。', // 1
    '二、主动公开政府信息情况', // 2
    '第二十条第（一）项', // 3
    '信息内容', // 4
    '本年制发件数', // 5
    '规章', // 6
    '0 1 2', // 7
    '行政事业性收费', // 8
    '185.5897', // 9
    '— 3 —', // 10
    '四、结转下年度继续办理', // 11
    '0\u30000 — 无 2件', // 12
    '四、政府信息公开行政复议、行政诉讼情况', // 13
    '行政复议', // 14
    '0 0 0 0 0 0 0 0 1 1 0 0 0 0 0', // 15
    '五、存在的主要问题及改进情况', // 16
    '无', // 17
  ].join('\n');

  it('joins each label to its values and keeps the lines around them as rows of one cell', () => {
    const { grids } = scanText(text);
    expect(grids.map(texts)).toEqual([
      [['第二十条第（一）项'], ['信息内容'], ['本年制发件数'], ['规章', '0', '1', '2'], ['行政事业性收费', '185.5897'], ['—3—'], ['四、结转下年度继续办理', '0', '0', '—', '无', '2件']],
      [['行政复议', '0', '0', '0', '0', '0', '0', '0', '0', '1', '1', '0', '0', '0', '0', '0']],
    ]);
    expect(grids[0]!.rows[3]![2]!.ref).toEqual({ table: 0, row: 3, col: 2, line: 7 });
  });

  it('leaves sentences, section headings and a lone 「无」 as prose', () => {
    expect(scanText(text).prose.map((p) => p.line)).toEqual([1, 2, 13, 16, 17]);
  });

  it('reads no table where no line holds only values', () => {
    const { grids, prose } = scanText('主动公开方面\n本年度共发布信息12条\n无');
    expect(grids).toEqual([]);
    expect(prose).toHaveLength(3);
  });
});

describe('gridsFromText: a row\'s label and values on one line, columns kept by spaces (pdftotext -layout)', () => {
  const text = [
    '二、主动公开政府信息情况', // 1
    '        第二十条第（一）项', // 2
    '', // 3
    '  信息内容   本年制发件数    本年废止件数', // 4
    '', // 5
    '规章               0          0', // 6
    '行政许可                      550', // 7
    '\f      （二）部分公开（区分处理的，只计这一情 形，不', // 8
    '      计其他情形）          4    0      0', // 9
    '联系电话 39106621', // 10
    '   5.要求行政机关确认或重 新出具', // 11
    '       已获取信息', // 12
    '                       0    0   0', // 13
  ].join('\n');

  it('reads each row, a header line as its cells, a label over two lines as one (a bracket left open, a numbered start), across a page break', () => {
    const { grids } = scanText(text);
    expect(grids.map(texts)).toEqual([
      [
        ['第二十条第（一）项'],
        ['信息内容', '本年制发件数', '本年废止件数'],
        ['规章', '0', '0'],
        ['行政许可', '550'],
        ['（二）部分公开（区分处理的，只计这一情形，不计其他情形）', '4', '0', '0'],
        ['联系电话39106621'],
        ['5.要求行政机关确认或重新出具已获取信息', '0', '0', '0'],
      ],
    ]);
  });

  it('takes one value after a single space for text, not a row (「电话 39106621」)', () => {
    const { grids, prose } = scanText('主动公开方面\n联系电话 39106621\n本年度共发布信息12条。');
    expect(grids).toEqual([]);
    expect(prose).toHaveLength(3);
  });
});
