import { JSDOM } from 'jsdom';
import { gridFromTable } from './lib/grid/html';
const tr = (...c: string[]) => `<tr>${c.map((x) => `<td>${x}</td>`).join('')}</tr>`;
const doc = new JSDOM(`<table>${Array.from({ length: 10_000 }, (_, i) => tr(String(i), '条目')).join('')}</table>`).window.document;
const t0 = doc.getElementsByTagName('table')[0]!;
for (let i = 0; i < 4; i++) { const t = performance.now(); gridFromTable(t0, 0); console.log('grid', performance.now() - t); }
const trs = Array.from(doc.getElementsByTagName('tr'));
let t = performance.now(); for (const r of trs) for (let c = r.firstElementChild; c; c = c.nextElementSibling) c.tagName; console.log('iter', performance.now() - t);
t = performance.now(); for (const r of trs) for (let c = r.firstElementChild; c; c = c.nextElementSibling) { c.getAttribute('colspan'); c.getAttribute('rowspan'); } console.log('attrs', performance.now() - t);
t = performance.now(); for (const r of trs) for (let c = r.firstElementChild; c; c = c.nextElementSibling) { const f = c.firstChild; f === c.lastChild && f!.nodeType; (f as any).data; } console.log('text', performance.now() - t);
