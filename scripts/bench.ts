// npm run bench (Node half): every CLI goal of issue #10 beside its baseline measured in the same
// run — the CLI as it was (scripts/bench/old-cli.ts: tsx at start, jsdom) — so ratios hold on a
// busy machine. CPU time is printed beside wall time: on 2 shared cores wall time stretches.
// Prints; asserts nothing. Also writes bench-results/node.json.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { HeapProfiler } from 'node:inspector';
import { Session } from 'node:inspector/promises';
import { build } from 'esbuild';
import { JSDOM } from 'jsdom';
import 'fake-indexeddb/auto';
import { auditedDocument, auditPdf } from '../lib/audit';
import { openHistory } from '../utils/history/db';
import { getEntry, listBodies, listCorrections, listEntries, saveRecord } from '../utils/history/store';
import { confirmedPrevious, confirmedPreviousKey, yearLinks } from '../utils/history/years';
import { nodePdfJs } from '../cli/pdfjs';
import { reportPages } from '../test/e2e/pages/report';
import { provinceBatch, wordExport } from './bench/pages';
import { median } from './bench/median';
import { cliProcesses, medianRun, type Run } from './bench/processes';

const root = resolve(import.meta.dirname, '..');
const corpusPath = resolve(root, '../shared/corpus/shuyang-fgj-2023.html');
const corpus = readFileSync(corpusPath, 'utf8');
const word = wordExport(corpus, 355 * 1024);
const scratch = mkdtempSync(join(tmpdir(), 'gra-bench-'));
const kb = (s: string) => `${Math.round(Buffer.byteLength(s) / 1024)} KB`;
const load = () => loadavg().map((x) => x.toFixed(2)).join(' ');
const loadBefore = load();

/** The median of `runs` timings of an asynchronous job, after one run not timed. */
async function timeAsync(fn: () => Promise<unknown>, runs: number): Promise<number> {
  await fn();
  const out: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await fn();
    out.push(performance.now() - t);
  }
  return median(out);
}

const { cli, batch, written, halves } = cliProcesses(root, scratch);

type Row = [figure: string, now: string, baseline: string, ratio: string, goal: string];
const rows: Row[] = [];
const json: Record<string, unknown> = { cores: availableParallelism() };
const f1 = (x: number) => x.toFixed(1);
const times = (now: number, base: number) => `×${(now / base).toFixed(now / base < 10 ? 2 : 0)}`;

// 1. Start-up: `--version`, median of 7.
{
  const start = (which: 'new' | 'old') => median(Array.from({ length: 7 }, () => cli(which, ['--version']).wallMs));
  const floor = median(Array.from({ length: 7 }, () => {
    const t = performance.now();
    spawnSync(process.execPath, ['-e', '']);
    return performance.now() - t;
  }));
  const [now, base] = [start('new'), start('old')];
  rows.push(['CLI start-up (--version, wall, median of 7)', `${f1(now)} ms`, `${f1(base)} ms (bare node ${f1(floor)} ms)`, times(now, base), '≤ 200 ms']);
  json.startupMs = { now, baseline: base, node: floor };
}

// 2. Reports per second on one thread, end to end, over a province's worth of files (1,000), and over
// 200 (where start-up and the JIT's warm-up weigh five times more); from the two, the steady rate of
// files 201–1,000. By CPU (all the process's threads, what one core would give) and by wall. Each the
// median of RATE_RUNS runs, alternating: identical runs here differ by up to a third.
const RATE_RUNS = 3;
for (const [name, html, baseCount, goal] of [
  [`Word-export page (${kb(word)}, generated)`, word, 40, 50],
  [`corpus page (${kb(corpus)})`, corpus, 60, 100],
] as const) {
  const files = batch(`one-${goal}`, html, 1000);
  const shorts: Run[] = [];
  const nows: Run[] = [];
  for (let i = 0; i < RATE_RUNS; i++) {
    shorts.push(cli('new', ['--format', 'json', '--jobs', '1', ...files.slice(0, 200)]));
    nows.push(cli('new', ['--format', 'json', '--jobs', '1', ...files]));
  }
  const [short, now] = [medianRun(shorts), medianRun(nows)];
  const base = cli('old', ['--format', 'json', ...batch(`old-${goal}`, html, baseCount)]);
  const rate = (n: number, ms: number) => (n * 1000) / ms;
  const baseRate = rate(baseCount, base.cpuMs);
  rows.push([`CLI --jobs 1, ${name}: reports/s by CPU, 1,000 files (median of ${RATE_RUNS}; baseline ${baseCount})`, f1(rate(1000, now.cpuMs)), f1(baseRate), times(rate(1000, now.cpuMs), baseRate), `≥ ${goal}/s`]);
  rows.push([`CLI --jobs 1, ${name}: reports/s by wall, 1,000 files`, f1(rate(1000, now.wallMs)), f1(rate(baseCount, base.wallMs)), times(rate(1000, now.wallMs), rate(baseCount, base.wallMs)), `≥ ${goal}/s`]);
  rows.push([`CLI --jobs 1, ${name}: reports/s by CPU, 200 files`, f1(rate(200, short.cpuMs)), f1(baseRate), times(rate(200, short.cpuMs), baseRate), '']);
  rows.push([`CLI --jobs 1, ${name}: reports/s by CPU, files 201–1,000 (steady)`, f1(rate(800, now.cpuMs - short.cpuMs)), f1(baseRate), times(rate(800, now.cpuMs - short.cpuMs), baseRate), '']);
  const figures = (runs: Run[]) => runs.map(({ wallMs, cpuMs, maxRssMB }) => ({ wallMs, cpuMs, maxRssMB }));
  json[`perSecond${goal}`] = { now: { count: 1000, runs: figures(nows) }, first200: { runs: figures(shorts) }, baseline: { count: baseCount, ...base, stdout: undefined } };
}

// 3. Threads: a province's batch of two years (scripts/bench/pages.ts: every county's report of 2023
// beside its 2022 one, so the cross-year pass runs too) on 1 and on 2 threads, by wall: what threads
// buy is time. Beside them, what this machine gives two separate processes, each auditing half the
// counties at the same time: nothing shared, so no thread can do better. One thread already keeps part
// of the second core busy (V8 compiles and collects beside it), and two busy cores run each a little
// slower than one: the CPU a report costs on two threads against one says what threading itself adds.
// So the most two cores can give is 2 ÷ the cores one thread keeps busy, had a report cost the same
// CPU on two threads: printed with the share of it threads and two processes reach.
// Median of RATE_RUNS rounds, alternating.
{
  const all = written('province', provinceBatch(corpus, 1000));
  for (const count of [400, 2000]) {
    const files = all.slice(0, count);
    const ones: Run[] = [];
    const twos: Run[] = [];
    const aparts: number[] = [];
    for (let i = 0; i < RATE_RUNS; i++) {
      ones.push(cli('new', ['--format', 'json', '--jobs', '1', ...files]));
      twos.push(cli('new', ['--format', 'json', '--jobs', '2', ...files]));
      aparts.push(await halves(files));
    }
    const [one, two, apart] = [medianRun(ones), medianRun(twos), median(aparts)];
    const label = `${count.toLocaleString('en')} pages (${(count / 2).toLocaleString('en')} counties × 2 years)`;
    const busy = (r: Run) => (r.cpuMs / r.wallMs).toFixed(2);
    const speedUp = (wallMs: number) => one.wallMs / wallMs;
    const ceiling = 2 / (one.cpuMs / one.wallMs);
    const share = (wallMs: number) => `${((speedUp(wallMs) / ceiling) * 100).toFixed(0)}%`;
    rows.push([
      `CLI --jobs 2 vs --jobs 1, ${label}: wall (median of ${RATE_RUNS})`,
      `${f1(two.wallMs / 1000)} s`,
      `${f1(one.wallMs / 1000)} s; two processes of ${count / 2}: ${f1(apart / 1000)} s`,
      `speed-up ×${speedUp(two.wallMs).toFixed(2)}; two processes ×${speedUp(apart).toFixed(2)}`,
      'near ×2 on 2 idle cores',
    ]);
    rows.push([
      `CLI --jobs 2 vs --jobs 1, ${label}: CPU (all threads)`,
      `${f1(two.cpuMs / 1000)} s (${busy(two)} cores busy)`,
      `${f1(one.cpuMs / 1000)} s (${busy(one)} cores busy)`,
      times(two.cpuMs, one.cpuMs),
      '',
    ]);
    rows.push([
      `CLI --jobs 2 vs --jobs 1, ${label}: the most 2 cores give`,
      `×${ceiling.toFixed(2)}`,
      `2 cores ÷ ${busy(one)} busy at --jobs 1`,
      `threads reach ${share(two.wallMs)}; two processes ${share(apart)}`,
      '',
    ]);
    const figures = (runs: Run[]) => runs.map(({ wallMs, cpuMs }) => ({ wallMs, cpuMs }));
    json[`jobs${count}`] = { one: figures(ones), two: figures(twos), apart: aparts };
  }
}

// 4. Memory with batch size: peak RSS on two threads (the default for 200 files or more here), the
// same mix in every stretch of ten files (three Word exports, seven corpus pages).
{
  const [words, pages] = [batch('mem-word', word, 300), batch('mem-corpus', corpus, 700)];
  const mix = Array.from({ length: 1000 }, (_, i) => (i % 10 < 3 ? words[Math.floor(i / 10) * 3 + (i % 10)] : pages[Math.floor(i / 10) * 7 + (i % 10) - 3])!);
  const hundred = cli('new', ['--format', 'json', '--jobs', '2', ...mix.slice(0, 100)]);
  const thousand = cli('new', ['--format', 'json', '--jobs', '2', ...mix]);
  const base = cli('old', ['--format', 'json', ...mix.slice(0, 100)]);
  rows.push(['CLI peak memory, 1,000 files (30% Word-export), --jobs 2', `${f1(thousand.maxRssMB)} MB`, `old CLI, 100 files: ${f1(base.maxRssMB)} MB`, times(thousand.maxRssMB, base.maxRssMB), '≤ 250 MB']);
  rows.push(['CLI peak memory, 100 files (same mix), --jobs 2', `${f1(hundred.maxRssMB)} MB`, `1,000 files: ${f1(thousand.maxRssMB)} MB`, times(hundred.maxRssMB, thousand.maxRssMB), 'flat with batch size']);
  json.memoryMB = { thousand: thousand.maxRssMB, hundred: hundred.maxRssMB, baseline100: base.maxRssMB };
}

// 5. Same JSON as the old CLI (timestamps aside) on every fixture page, the corpus page, the browser tests' pages and the Word export.
{
  const fixtures = join(root, 'test/fixtures/pages');
  const generated = Object.entries({ ...reportPages(), word }).map(([name, html]) => batch(`same-${name.replace(/\W/g, '')}`, html, 1)[0]!);
  const files = [...readdirSync(fixtures).filter((f) => f.endsWith('.html')).map((f) => join(fixtures, f)), corpusPath, ...generated];
  const pin = (s: string) => (JSON.parse(s) as Array<{ source: { auditedAt: string } }>).map((a) => JSON.stringify({ ...a, source: { ...a.source, auditedAt: '' } }));
  const now = pin(cli('new', ['--format', 'json', ...files], { stdout: true }).stdout);
  const base = pin(cli('old', ['--format', 'json', ...files], { stdout: true }).stdout);
  const same = now.filter((a, i) => a === base[i]).length;
  rows.push(['CLI JSON identical to the old CLI (timestamps aside)', `${same}/${files.length} files`, `${base.length} exports`, '', 'all']);
  json.identical = { same, files: files.length };
}

/**
 * Bytes allocated per call of `fn`, measured as issue 10's figures were: V8's sampling heap profiler
 * (a sample every KB on average) around `runs` calls after `warm` ones, counting what the collector
 * has freed since. A sampled figure: stable to a few per cent, not to the byte.
 */
async function allocatedPerRun(fn: () => void, warm = 30, runs = 40): Promise<number> {
  for (let i = 0; i < warm; i++) fn();
  const session = new Session();
  session.connect();
  // The two include flags are newer than @types/node's protocol types.
  const sampling = { samplingInterval: 1024, includeObjectsCollectedByMajorGC: true, includeObjectsCollectedByMinorGC: true };
  await session.post('HeapProfiler.startSampling', sampling);
  for (let i = 0; i < runs; i++) fn();
  const { profile } = await session.post('HeapProfiler.stopSampling');
  session.disconnect();
  const bytes = (node: HeapProfiler.SamplingHeapProfileNode): number => node.selfSize + node.children.reduce((sum, c) => sum + bytes(c), 0);
  return bytes(profile.head) / runs;
}

// 6. In process, per page: DOM build and audit (no process start, no I/O), in a bundle as the CLI runs them.
const inproc = join(scratch, 'inproc.mjs');
await build({ absWorkingDir: root, entryPoints: ['scripts/bench/inproc.ts'], outfile: inproc, bundle: true, platform: 'node', format: 'esm', logLevel: 'warning' });
const { auditDocument, parseHtml, parseStock } = (await import(pathToFileURL(inproc).href)) as typeof import('./bench/inproc');
for (const [name, html] of [[`Word-export page (${kb(word)})`, word], [`corpus page (${kb(corpus)})`, corpus]] as const) {
  // Warmed up as in a batch, where every page after the first few runs optimised code: timed from
  // the second call, the median caught the JIT's early tiers (the light DOM, timed first, up to 2×).
  const time = (fn: () => void, runs = 25, warm = 10) => {
    for (let i = 0; i < warm; i++) fn();
    return median(Array.from({ length: runs }, () => {
      const t = performance.now();
      fn();
      return performance.now() - t;
    }));
  };
  const light = time(() => parseHtml(html));
  const stock = time(() => parseStock(html, { scriptingEnabled: false }));
  const doc = parseHtml(html);
  // Steady state, as in a batch of files: the audit's code takes some hundred runs to be optimised
  // (the Word page's first runs take several times as long).
  const audit = time(() => auditDocument(doc, { url: 'bench' }), 31, 100);
  const auditBytes = await allocatedPerRun(() => auditDocument(doc, { url: 'bench' }));
  const lightBytes = await allocatedPerRun(() => parseHtml(html));
  const stockBytes = await allocatedPerRun(() => parseStock(html, { scriptingEnabled: false }));
  // jsdom last: its windows leave a heap whose collection would be charged to whatever runs next.
  const jsdom = time(() => new JSDOM(html).window.close(), 9, 2);
  rows.push([`${name}: DOM build (parse5 light DOM vs jsdom), median`, `${f1(light)} ms`, `${f1(jsdom)} ms`, times(light, jsdom), '']);
  rows.push([`${name}: DOM build (light DOM vs parse5's own tokenizer and tree), median`, `${f1(light)} ms`, `${f1(stock)} ms`, times(light, stock), '']);
  rows.push([`${name}: DOM build: MB allocated per page (light DOM vs parse5's own, sampled)`, `${(lightBytes / 1e6).toFixed(2)} MB`, `${(stockBytes / 1e6).toFixed(2)} MB`, times(lightBytes, stockBytes), '']);
  rows.push([`${name}: audit of the built DOM (parse + rules), median`, `${f1(audit)} ms`, '', '', '']);
  rows.push([`${name}: audit: MB allocated per page (sampled)`, `${(auditBytes / 1e6).toFixed(2)} MB`, '', '', '']);
}

// 7. PDF: read (pdf.js text and operator lists) and audit a typical 5-page report, beside the same report as HTML.
{
  const { pdfjs, options } = await nodePdfJs();
  const pdf = new Uint8Array(readFileSync(join(root, 'test/fixtures/pdf/seed-000-page.pdf')));
  const html = readFileSync(join(root, 'test/fixtures/pages/seed-000-page.html'), 'utf8');
  const pdfMs = await timeAsync(() => auditPdf(pdf, { url: 'bench' }, pdfjs, options), 7);
  const htmlMs = await timeAsync(async () => auditDocument(parseHtml(html), { url: 'bench' }), 15);
  rows.push(['PDF, 5 pages (seed-000-page.html printed by Chromium): read + audit, median', `${f1(pdfMs)} ms`, `same report as HTML (DOM + audit): ${f1(htmlMs)} ms`, times(pdfMs, htmlMs), 'a few seconds at most']);
  const real = new Uint8Array(readFileSync(resolve(root, '../shared/corpus/hongze-district-2023.pdf')));
  const realMs = await timeAsync(() => auditPdf(real, { url: 'bench' }, pdfjs, options), 7);
  rows.push(['PDF, 5 pages (hongze-district-2023.pdf, WPS): read + audit, median', `${f1(realMs)} ms`, '', '', '']);
  json.pdf = { typicalMs: pdfMs, sameAsHtmlMs: htmlMs, hongzeMs: realMs };
}

// 8. The history: on every page audit the background finds the same body's report of the year before
// among the reports kept. In IndexedDB (fake-indexeddb here, in memory: a browser's reads from disk
// cost more), with 1,000 reports of 1,000 bodies kept, the corpus report as each; baseline: the
// lookup as it was, reading and checking every record.
{
  const record = auditedDocument(parseHtml(corpus), { url: 'http://www.example.gov.cn/0.html' });
  const db = await openHistory('bench-history');
  const kept = (i: number, year: number) => ({
    ...record,
    export: { ...record.export, source: { ...record.export.source, url: `http://www.example.gov.cn/${i}/${year}.html` }, report: { ...record.export.report, organ: `示例县第${i}局`, year } },
  });
  for (let i = 0; i < 1000; i++) await saveRecord(db, kept(i, 2022), 'batch');
  const key = kept(7, 2023).export.source.url;
  const now = async () => {
    const [bodies, corrections] = await Promise.all([listBodies(db), listCorrections(db)]);
    const previous = confirmedPreviousKey(key, yearLinks(bodies, corrections));
    return previous === null ? null : getEntry(db, previous);
  };
  const before = async () => {
    const [entries, corrections] = await Promise.all([listEntries(db), listCorrections(db)]);
    return confirmedPrevious(key, new Map(entries.map((e) => [e.key, e])), yearLinks(entries, corrections));
  };
  await saveRecord(db, kept(7, 2023), 'page');
  if ((await now())?.key !== (await before())?.key || (await now()) === null) throw new Error('history lookups disagree');
  const [nowMs, beforeMs] = [await timeAsync(now, 5), await timeAsync(before, 5)];
  rows.push(['History: last year’s report found on a page audit, 1,000 reports kept (fake-indexeddb), median', `${f1(nowMs)} ms`, `every record read: ${f1(beforeMs)} ms`, times(nowMs, beforeMs), '']);
  json.historyLookupMs = { now: nowMs, baseline: beforeMs };
  db.close();
}

rmSync(scratch, { recursive: true, force: true });
const widths = [0, 1, 2, 3].map((i) => Math.max(...rows.map((r) => r[i]!.length)));
console.log(`Node figures (${availableParallelism()} cores; load average before ${loadBefore}, after ${load()}). Columns: now · baseline (same run) · ratio · goal`);
for (const r of rows) console.log(`${r[0].padEnd(widths[0]!)}  ${r[1].padStart(widths[1]!)}  ${r[2].padEnd(widths[2]!)}  ${r[3].padEnd(widths[3]!)}  ${r[4]}`);
mkdirSync(join(root, 'bench-results'), { recursive: true });
writeFileSync(join(root, 'bench-results/node.json'), `${JSON.stringify({ ...json, load: [loadBefore, load()], rows }, null, 2)}\n`);
