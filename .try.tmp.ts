import { readFileSync, readdirSync } from 'node:fs';
import { JSDOM } from 'jsdom';
import { parseText, parseDocument } from './lib/parse';
const show = (o: any) => {
  if (o.status === 'not-a-report') return console.log(o);
  const r = o.report;
  console.log(o.status, r.format, r.year, r.organ, '|', r.title, '|', r.publishedAt, JSON.stringify(r.period), r.sections.map((s: any) => s.number + s.title).join(' / '), '| other:', JSON.stringify(r.otherMatters), o.notes ?? '');
  for (const [k, t] of Object.entries(r.tables)) {
    if (!t) { console.log(k, null); continue; }
    for (const [row, cols] of Object.entries(t as any)) console.log(' ', k, row, Object.entries(cols as any).map(([c, v]: any) => `${c}=${v.kind === 'number' ? v.value + (v.unit ?? '') : v.kind[0]}`).join(' '));
  }
};
const arg = process.argv[2]!;
if (arg.endsWith('.html')) show(parseDocument(new JSDOM(readFileSync(arg, 'utf8')).window.document));
else show(parseText(readFileSync(arg, 'utf8')));
