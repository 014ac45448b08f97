import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { gridsFromDocument, type Grid } from '../../lib/grid';
import { cellElement } from '../support/cell-element';
import { fixturesDir } from '../support/paths';

const doc = (html: string): Document => new JSDOM(html).window.document;
const fixture = (name: string): Document => doc(readFileSync(resolve(fixturesDir, 'grid', name), 'utf8'));
/** The grid as text, with "^" marking a slot that is a spanned copy. */
const show = (g: Grid): string[][] => g.rows.map((r) => r.map((c) => (c.origin ? c.text : `^${c.text}`)));
const refs = (g: Grid): string[][] => g.rows.map((r) => r.map((c) => `${c.ref.row},${c.ref.col}`));

describe('gridsFromDocument: merged cells', () => {
  it('expands the official table 3 header (3×3 note, 申请人情况 over 7, 自然人 and 总计 over 2 rows)', () => {
    const [g] = gridsFromDocument(fixture('t3-header.html'));
    expect(show(g!)).toEqual([
      ['注', '^注', '^注', '申请人情况', '^申请人情况', '^申请人情况', '^申请人情况', '^申请人情况', '^申请人情况', '^申请人情况'],
      ['^注', '^注', '^注', '自然人', '法人或其他组织', '^法人或其他组织', '^法人或其他组织', '^法人或其他组织', '^法人或其他组织', '总计'],
      ['^注', '^注', '^注', '^自然人', '商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他', '^总计'],
      ['一、本年新收', '^一、本年新收', '^一、本年新收', '1', '2', '3', '4', '5', '6', '21'],
    ]);
    expect(g!.rows[2]![3]!.ref).toEqual({ table: 0, row: 1, col: 3 });
  });

  it('runs rowspan=0 to the end of its row group, not into the next', () => {
    const [g] = gridsFromDocument(fixture('rowspan-zero.html'));
    expect(show(g!)).toEqual([
      ['h1', 'h2'],
      ['a', 'b'],
      ['^a', 'c'],
      ['^a', 'd'],
      ['f1', 'f2'],
    ]);
  });

  it('handles consecutive colspans and a colspan followed by a rowspan', () => {
    const [g] = gridsFromDocument(fixture('colspans.html'));
    expect(show(g!)).toEqual([
      ['A', '^A', 'B', '^B', '^B', 'C'],
      ['D', 'E', '^E', 'F', 'G', '^G'],
      ['H', '^E', '^E', 'I', '^G', '^G'],
    ]);
    expect(refs(g!)[2]).toEqual(['2,0', '1,1', '1,1', '2,3', '1,4', '1,4']);
  });

  it('clips spans that run past the last row and fills holes left by short rows', () => {
    const [g] = gridsFromDocument(fixture('overflow.html'));
    expect(show(g!)).toEqual([
      ['a', 'b', 'c'],
      ['^a', 'd', '^c'],
      ['e', '', '^c'],
    ]);
    expect(g!.rows[2]![1]!.element).toBeUndefined();
    expect(g!.rows).toHaveLength(3);
  });

  it('keeps nested tables out of their parent grid, each with its own index in document order', () => {
    const d = fixture('nested.html');
    const grids = gridsFromDocument(d);
    expect(grids.map((g) => g.table)).toEqual([0, 1, 2]);
    expect(show(grids[0]!)).toEqual([['outer', 'before after'], ['last', '']]);
    expect(show(grids[1]!)).toEqual([['inner 1', 'inner 2']]);
    expect(show(grids[2]!)).toEqual([['second']]);
  });

  it('reads rows from thead/tbody/tfoot and from direct <tr> children', () => {
    const d = doc('<table><thead><tr><th>h</th></tr></thead><tbody><tr><td>b</td></tr></tbody><tfoot><tr><td>f</td></tr></tfoot></table>');
    expect(show(gridsFromDocument(d)[0]!)).toEqual([['h'], ['b'], ['f']]);
    const t = d.createElement('table');
    const tr = d.createElement('tr');
    tr.innerHTML = '<td>x</td><td>y</td>';
    t.appendChild(tr);
    expect(show(gridsFromDocument(t.ownerDocument.body.appendChild(t).parentElement!).at(-1)!)).toEqual([['x', 'y']]);
  });

  it('points cellElement at the origin <td> of any slot', () => {
    const d = fixture('colspans.html');
    const el = cellElement(d, { table: 0, row: 2, col: 2 });
    expect(el?.textContent).toBe('E');
    expect(cellElement(d, { table: 0, row: 9, col: 0 })).toBeNull();
    expect(cellElement(d, { table: 5, row: 0, col: 0 })).toBeNull();
  });
});

describe('gridsFromDocument: cell text', () => {
  const cells = (html: string): string[] => gridsFromDocument(doc(`<table><tr>${html}</tr></table>`))[0]!.rows[0]!.map((c) => c.text);

  it('turns &nbsp;, ideographic and zero-width spaces into nothing in a blank cell', () => {
    expect(cells('<td>&nbsp;</td><td>\u3000</td><td>\u200b</td><td><o:p>&nbsp;</o:p></td>')).toEqual(['', '', '', '']);
  });

  it('joins digits split across spans and labels cut into runs', () => {
    expect(cells('<td><span>2</span>\n<span>0</span></td><td><span>行</span><span>政复议</span></td><td>0&nbsp;</td><td>&nbsp;0</td>')).toEqual(['20', '行政复议', '0', '0']);
  });

  it('joins a header broken across lines (<br>, <p>) without a space between Chinese characters', () => {
    expect(cells('<td>本年新<br>制作数量</td><td><p>商业</p><p>企业</p></td><td>N/A <br> x</td>')).toEqual(['本年新制作数量', '商业企业', 'N/A x']);
  });

  it('reads Word-exported markup (MsoNormal paragraphs, <o:p>) as plain text', () => {
    const d = fixture('word.html');
    const [g] = gridsFromDocument(d);
    expect(show(g!)).toEqual([
      ['信息内容', '本年新制作数量', '对外公开总数量'],
      ['规范性文件', '12', ''],
    ]);
  });

  it('treats hostile markup as inert text', () => {
    expect(cells('<td><img src=x onerror="globalThis.pwned=1">5<script>bad()</script></td>')).toEqual(['5']);
    expect((globalThis as { pwned?: number }).pwned).toBeUndefined();
  });
});

describe('gridsFromDocument: size', () => {
  it('builds a 20,000-cell table quickly', () => {
    const row = `<tr>${'<td>1</td>'.repeat(20)}</tr>`;
    const d = doc(`<table>${row.repeat(1000)}</table>`);
    const t0 = performance.now();
    const [g] = gridsFromDocument(d);
    expect(performance.now() - t0).toBeLessThan(2000);
    expect(g!.rows).toHaveLength(1000);
    expect(g!.truncated).toBeUndefined();
  });

  it('stops at the slot budget and says so', () => {
    const d = doc(`<table>${'<tr><td colspan="1000">x</td></tr>'.repeat(500)}</table>`);
    const [g] = gridsFromDocument(d);
    expect(g!.truncated).toBe(true);
    expect(g!.rows.length).toBeLessThan(500);
  });
});
