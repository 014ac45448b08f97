// npm run bench: figures for this machine. Prints; asserts nothing.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { auditDocument, auditText } from '../lib/audit';
import { toDocument } from '../cli/load';

const root = resolve(import.meta.dirname, '..');
const corpus = resolve(root, '../shared/corpus/shuyang-fgj-2023.html');
const samples = readdirSync(join(root, 'samples')).map((f) => join(root, 'samples', f));

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}
function time(fn: () => void, runs: number): number {
  fn(); // warm up the JIT
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    fn();
    times.push(performance.now() - t);
  }
  return median(times);
}
const ms = (x: number) => `${x.toFixed(2)} ms`;

/** A report page with an extra non-template table of `cells` cells after it. */
function withBigTable(html: string, cells: number): string {
  const cols = 20;
  const row = `<tr>${'<td>1</td>'.repeat(cols)}</tr>`;
  return html.replace('</body>', `<table>${row.repeat(Math.ceil(cells / cols))}</table></body>`);
}

const page = readFileSync(corpus, 'utf8');
const big = withBigTable(page, 20_000);
const results: [string, string][] = [];

for (const [name, html, runs] of [['typical report page (corpus)', page, 30], ['same page + 20,000-cell table', big, 5]] as const) {
  const domTime = time(() => toDocument(html).close(), runs);
  const { document, close } = toDocument(html);
  const auditTime = time(() => auditDocument(document, { url: 'bench' }), runs);
  close();
  results.push([`${name}: DOM build (jsdom)`, ms(domTime)]);
  results.push([`${name}: audit (parse + rules), median`, ms(auditTime)]);
}
const text = readFileSync(samples.find((s) => s.endsWith('.txt'))!, 'utf8');
results.push(['text report (seed): audit, median', ms(time(() => auditText(text, { url: 'bench' }), 50))]);

// The CLI end to end, process start included, over a batch of 100 reports.
const batch = mkdtempSync(join(tmpdir(), 'gra-bench-'));
const files: string[] = [];
for (let i = 0; i < 100; i++) {
  const from = i % 2 ? corpus : samples[i % samples.length]!;
  const to = join(batch, `${i}${from.endsWith('.html') ? '.html' : '.txt'}`);
  copyFileSync(from, to);
  files.push(to);
}
const t = performance.now();
spawnSync(process.execPath, [join(root, 'bin/gov-report-audit.mjs'), '--format', 'json', ...files], { stdio: 'ignore' });
const seconds = (performance.now() - t) / 1000;
results.push(['CLI: 100 reports (half HTML, half text)', `${seconds.toFixed(2)} s, ${(100 / seconds).toFixed(1)} reports/s`]);

const width = Math.max(...results.map(([k]) => k.length));
for (const [k, v] of results) console.log(`${k.padEnd(width)}  ${v}`);
