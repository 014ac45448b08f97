import { it } from 'vitest';
import { auditDocument } from '../../lib/audit';
import { cellElement } from '../../lib/grid';
import { page } from './support';
it('scratch', () => {
  const { load } = page();
  for (const html of [
    '<table><tr><td>x</td><td>y</td><td rowspan="2">z</td></tr><tr><td>一、本年新收政府信息公开申请数量</td></tr></table>',
    '<table><tr><td>申请人情况</td><td>自然人</td><td>总计</td></tr><tr><td>一、本年新收政府信息公开申请数量</td><td>1</td><td rowspan="2">1</td></tr><tr><td>二、上年结转政府信息公开申请数量</td></tr></table>',
  ]) {
    const doc = load(html);
    const a = auditDocument(doc, { url: 'x' });
    console.log(a.verdict.status, JSON.stringify(a.report.tables.applications), a.findings.map((f) => `${f.rule} ${JSON.stringify(f.cells)}`));
    for (const [row, cols] of Object.entries(a.report.tables.applications ?? {})) for (const [col, c] of Object.entries(cols)) console.log(row, col, JSON.stringify(c.at), cellElement(doc, c.at)?.outerHTML ?? 'NULL');
  }
});
