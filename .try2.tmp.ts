import { readFileSync } from 'node:fs';
import { JSDOM } from 'jsdom';
import { parseDocument } from './lib/parse';
const o: any = parseDocument(new JSDOM(readFileSync(process.argv[2]!, 'utf8')).window.document);
console.log(o.report.narrative.slice(0, 400), '\n...\n', o.report.narrative.slice(-300));
console.log(o.report.labels.map((l: any) => `${l.table[0]}:${l.key}=${l.raw}@${l.at.table},${l.at.row},${l.at.col}`).join('\n'));
