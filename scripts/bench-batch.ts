// The column batch's part of `npm run bench`: a column of 50 reports on a fake site audited in one
// click, its time per report beside the single-page audit time measured in the same run (the same
// report pages opened one by one: load → overlay), and how responsive the site's tab stayed (the
// worst lateness of a 50 ms timer there while the batch ran). Prints; asserts nothing. Also writes
// bench-results/batch.json. Wall clock: the batch pauses between requests on purpose (two at a
// time, REQUEST_PAUSE_MS each), so its time per report has that floor.
//
//   node --import tsx scripts/bench-batch.ts
import { readFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ensureBuilt } from '../test/build/build';
import { launchChromium } from '../test/e2e/harness';
import { overlayTime, recordOverlayTime, waitForChip } from '../test/e2e/support';
import { fixturesDir } from '../test/support/paths';
import { CONCURRENCY, REQUEST_PAUSE_MS } from '../utils/column/batch';
import { median } from './bench/median';

const root = resolve(import.meta.dirname, '..');
const REPORTS = 50;
const SINGLE_RUNS = 5;
// UTF-8 report pages of every generated shape (served in memory, so not the GBK one).
const SOURCES = ['seed-000-page', 'seed-001-word', 'seed-002-split', 'seed-003-bare', 'seed-004-page'].map((f) =>
  readFileSync(join(fixturesDir, 'pages', `${f}.html`), 'utf8'),
);

const ms = (x: number) => `${x.toFixed(0)} ms`;

function site(): Record<string, string> {
  const routes: Record<string, string> = {};
  const link = (i: number) => `<li><a href="/r/${i}.html">示例区第${i}部门2020年政府信息公开工作年度报告</a></li>`;
  const half = REPORTS / 2;
  const list = (from: number, to: number, pager: string) =>
    `<!doctype html><html><head><meta charset="utf-8"><title>政府信息公开年报</title></head><body><ul>${Array.from({ length: to - from }, (_, k) => link(from + k)).join('')}</ul>${pager}</body></html>`;
  routes['/list/index.html'] = list(0, half, '<a href="index_1.html">下一页</a>');
  routes['/list/index_1.html'] = list(half, REPORTS, '<a href="index.html">上一页</a>');
  for (let i = 0; i < REPORTS; i++) routes[`/r/${i}.html`] = SOURCES[i % SOURCES.length]!;
  return routes;
}

async function main(): Promise<void> {
  ensureBuilt('chrome');
  const h = await launchChromium();
  try {
    const base = await h.serve({}, site());

    // Single page: each report opened in a tab, load → overlay.
    const single: number[] = [];
    for (let i = 0; i < SINGLE_RUNS; i++) {
      const page = await h.newPage();
      await recordOverlayTime(h.tab(page));
      await page.goto(`${base}r/${i}.html`);
      await waitForChip(h.tab(page), 30_000);
      const t = await overlayTime(h.tab(page));
      if (t.overlayAt !== null) single.push(t.overlayAt);
      await page.close();
    }

    // The batch, from the popup's offer to the summary, with a lateness probe in the list's tab.
    const list = await h.newPage();
    await list.goto(`${base}list/index.html`);
    await list.evaluate(`(() => { let last = performance.now(); window.__late = 0;
      setInterval(() => { const now = performance.now(); window.__late = Math.max(window.__late, now - last - 50); last = now; }, 50); })()`);
    const popup = await h.context.newPage();
    await popup.goto(`chrome-extension://${h.extensionId}/popup.html?tab=${await h.tabId(list)}`);
    const offer = popup.getByTestId('audit-column');
    await offer.waitFor({ timeout: 10_000 });
    const started = Date.now();
    const [column] = await Promise.all([h.context.waitForEvent('page'), offer.click()]);
    await column.locator('progress[data-phase="done"]').waitFor({ timeout: 300_000 });
    const total = Date.now() - started;
    const late = (await list.evaluate('window.__late')) as number;
    const done = await column.locator('[data-testid="column"] tbody tr[data-state="done"]').count();

    const perReport = total / REPORTS;
    const floor = REQUEST_PAUSE_MS / CONCURRENCY;
    const lines: Array<[string, string, string]> = [
      [`column of ${REPORTS} reports: time per report (${done} audited)`, ms(perReport), `single page load → overlay ${ms(median(single))} (median of ${single.length})`],
      ['  of which the polite pause between requests', ms(floor), `${REQUEST_PAUSE_MS} ms per lane, ${CONCURRENCY} lanes`],
      [`column of ${REPORTS} reports: whole batch`, ms(total), ''],
      ['site tab during the batch: worst timer lateness', ms(late), 'a 50 ms timer; above 50 ms a user would notice'],
    ];
    const width = Math.max(...lines.map(([k]) => k.length));
    console.log('\ncolumn batch (headless Chromium)');
    for (const [k, v, b] of lines) console.log(`${k.padEnd(width)}  ${v.padStart(8)}   ${b}`);
    mkdirSync(join(root, 'bench-results'), { recursive: true });
    writeFileSync(
      join(root, 'bench-results/batch.json'),
      `${JSON.stringify({ reports: REPORTS, audited: done, totalMs: total, perReportMs: perReport, singleMs: single, siteTabWorstLatenessMs: late, pauseMs: REQUEST_PAUSE_MS, concurrency: CONCURRENCY }, null, 2)}\n`,
    );
  } finally {
    await h.close();
  }
}

await main();
