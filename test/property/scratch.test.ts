import { it } from 'vitest';
import { gridsFromDocument } from '../../lib/grid';
import { page } from './support';
it('scratch', () => {
  const { load } = page();
  for (const v of ['-1', '0', '\u30002', ' 2', '+2', '2.5', '-0', '99999', '', 'x']) {
    const d = load(`<table><tr><td rowspan="${v}" colspan="${v}">a</td><td>b</td></tr><tr><td>c</td><td>d</td></tr><tr><td>e</td></tr></table>`);
    const td = d.querySelector('td') as HTMLTableCellElement;
    const g = gridsFromDocument(d)[0]!;
    console.log(JSON.stringify(v), 'jsdom', td.rowSpan, td.colSpan, 'lib', g.rows.map((r) => r.map((s) => s.text).join('')).join('|'));
  }
});
