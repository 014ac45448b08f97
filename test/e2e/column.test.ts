/**
 * Auditing a whole column on a fake government site: the popup offers it on the list page, the
 * batch reads both list pages, fetches every linked report from the site's own tab (two at a
 * time), lists the broken link and the page that is not a report with their reasons, and shows the
 * column summary; its JSON equals the CLI's on the same files; cancel stops the requests and a
 * resume fetches only what is left; nothing leaves the site.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page, Request } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { loadFile, toDocument } from '../../cli/load';
import { auditedDocument, withPrevious } from '../../lib/audit';
import { yearPairs } from '../../lib/match';
import { AuditExport } from '../../lib/model';
import { repoRoot } from '../support/paths';
import { describeBrowsers, launchChromium, resultsDir, type ChromiumSession } from './harness';
import { BROKEN, NOT_A_REPORT, SITE_REPORTS, columnMounts, columnRoutes, writeYearPair, WORKFLOW_ONLY_CHROMIUM, type SiteReport } from './pages/column-site';

const LIST = 'gknb/index.html';

describeBrowsers(
  'auditing a whole column',
  () => {
  let h: ChromiumSession;
  let base: string;
  const scratch = mkdtempSync(join(tmpdir(), 'gra-column-'));
  // The column: corpus and generated report pages (one GBK), then two years of one body.
  const reports: SiteReport[] = [...SITE_REPORTS, ...writeYearPair(scratch)];
  const requests: Array<{ path: string; at: number }> = [];

  beforeAll(async () => {
    h = await launchChromium();
    base = await h.serve(columnMounts(reports), columnRoutes(reports));
    h.context.on('request', (r: Request) => {
      if (r.url().startsWith(base)) requests.push({ path: new URL(r.url()).pathname, at: Date.now() });
    });
  });
  afterAll(async () => {
    await h?.close();
    rmSync(scratch, { recursive: true, force: true });
  });

  /** Opens the list page and its popup; clicking the offer opens the batch page. */
  async function startBatch(): Promise<{ list: Page; column: Page; offer: string }> {
    const list = await h.newPage();
    await list.goto(base + LIST);
    const popup = await h.context.newPage();
    await popup.goto(`chrome-extension://${h.extensionId}/popup.html?tab=${await h.tabId(list)}`);
    const button = popup.getByTestId('audit-column');
    await button.waitFor({ timeout: 8000 });
    const offer = (await button.textContent()) ?? '';
    const [column] = await Promise.all([h.context.waitForEvent('page'), button.click()]);
    await column.waitForLoadState();
    return { list, column, offer };
  }

  const progress = (column: Page) => column.getByTestId('progress-count').textContent();

  it('finds exactly the column’s reports over both list pages, and the progress reaches the end', async () => {
    const { column, offer } = await startBatch();
    // Page 1 of the list links half the reports and the broken link.
    expect(offer).toBe(`核查本栏目全部年报（${Math.ceil(reports.length / 2) + 1} 份）`);
    await column.locator('progress[data-phase="done"]').waitFor({ timeout: 60_000 });
    const total = reports.length + 2;
    expect(await progress(column)).toBe(`已核查 ${total} / ${total} 份`);

    const rows = column.locator('[data-testid="column"] tbody tr');
    await expect.poll(() => rows.count()).toBe(total);
    const state = async (path: string) => column.locator(`[data-testid="column"] tbody tr:has(a[href="${base}${path.slice(1)}"])`).getAttribute('data-state');
    for (const r of reports) expect(await state(r.path), r.path).toBe('done');
    expect(await state(BROKEN.path)).toBe('failed');
    expect(await state(NOT_A_REPORT.path)).toBe('failed');
    expect(await column.getByTestId('failure').allTextContents()).toEqual(expect.arrayContaining(['无法打开（HTTP 404）', '不是年报页面']));

    // The planted cross-year faults, and nothing else across years.
    const crossYear = column.locator('[data-testid="cross-year"] li');
    const found = () => crossYear.evaluateAll((lis) => lis.map((li) => `${li.getAttribute('data-rule')} ${li.querySelector('b')?.textContent?.trim()}`).sort());
    await expect.poll(found).toEqual([
      // The organ as the fixture's page names it (its 发布机构 line).
      'CARRY-XYEAR 上海市嘉定区外冈镇人民政府 2023',
      'CARRY-XYEAR 上海市嘉定区外冈镇人民政府 2023',
      'CARRY-XYEAR 示例市示例区教育局 2020',
      'CARRY-XYEAR 示例市示例区教育局 2020',
      'TEXT-REUSE 示例市示例区教育局 2020',
    ]);
    await h.screenshot(column, 'column-summary');
  });

  it('opens the comparison with last year: values side by side with their change, repeated sentences marked', async () => {
    const column = h.context.pages().find((p) => p.url().includes('/column.html'))!;
    const href = await column.locator('[data-testid="cross-year"] li', { hasText: '示例市示例区教育局' }).locator('a').first().getAttribute('href');
    const view = await h.context.newPage();
    await view.goto(href!);
    await view.locator('[data-testid="share"]').waitFor();
    const cell = (row: string, col: string) => view.locator(`[data-table="applications"] tr[data-row="${row}"] td[data-col="${col}"] span`);
    // 结转下年度 · 总计: this year 0, last year 1, change −1; 上年结转 the same both years.
    expect(await cell('carriedForward', 'total').allTextContents()).toEqual(['0', '1', '-1']);
    expect(await cell('carriedOver', 'total').allTextContents()).toEqual(['0', '0']);
    expect(await view.locator('.wf-section[data-template="5"] td.wf-repeated').count()).toBeGreaterThan(0);
    expect(await view.locator('.wf-section[data-template="5"] [data-testid="section-share"]').textContent()).toBe('重复 100%');
    await h.screenshot(view, 'comparison-view');
    // What a reviewer sees first, and the narrative part, at the window's size.
    await view.screenshot({ path: join(resultsDir, 'comparison-view-top.png') });
    await view.locator('.wf-section[data-template="1"]').scrollIntoViewIfNeeded();
    await view.screenshot({ path: join(resultsDir, 'comparison-view-narrative.png') });
  });

  it('exports one JSON equal to the CLI’s on the same files (times and URLs aside)', async () => {
    const column = h.context.pages().find((p) => p.url().includes('/column.html'))!;
    const [download] = await Promise.all([column.waitForEvent('download'), column.getByTestId('column-json').click()]);
    const path = join(resultsDir, `column-${download.suggestedFilename()}`);
    await download.saveAs(path);
    const fromBrowser = AuditExport.array().parse(JSON.parse(readFileSync(path, 'utf8')));

    // The CLI a user runs, rebuilt from the current source (as test/cli does).
    expect(spawnSync(process.execPath, [join(repoRoot, 'scripts/build-cli.mjs')], { encoding: 'utf8' }).status).toBe(0);
    const cli = spawnSync(process.execPath, [join(repoRoot, 'bin/gov-report-audit.mjs'), '--format', 'json', ...reports.map((r) => r.file)], {
      cwd: repoRoot,
      encoding: 'utf8',
      timeout: 60_000,
    });
    const fromCli = AuditExport.array().parse(JSON.parse(cli.stdout));
    const byFile = new Map(reports.map((r, i) => [r.path, fromCli[i]!]));
    // A CLI that does not yet run the cross-year rules across its files is compared, for the report
    // with a predecessor, with the same core in Node: the CLI's reading plus withPrevious.
    const cliCrossYear = fromCli.some((a) => a.verdict.rulesRun.includes('CARRY-XYEAR'));
    const records = await Promise.all(
      reports.map(async (r) => {
        const loaded = await loadFile(r.file);
        if (!loaded.ok || loaded.kind !== 'html') throw new Error(r.file);
        const document = toDocument(loaded.html);
        return auditedDocument(document, { url: base + r.path.slice(1), title: document.title });
      }),
    );
    const paired = new Map(yearPairs(records).map((p) => [new URL(p.current.export.source.url).pathname, withPrevious(p.current, p.previous)]));
    expect([...paired.keys()].sort()).toEqual(['/reports/edu-2020.html', '/reports/waigang-2023.html']);
    expect(fromBrowser).toHaveLength(reports.length);
    for (const audit of fromBrowser) {
      const path = new URL(audit.source.url).pathname;
      const twin = !cliCrossYear && paired.has(path) ? paired.get(path)! : byFile.get(path)!;
      expect(comparable(audit, base), path).toEqual(comparable(twin, base));
    }
  });

  it('stops requesting when cancelled, and a resume fetches only what is left', async () => {
    const { column } = await startBatch();
    await expect.poll(async () => Number(/已核查 (\d+)/.exec((await progress(column)) ?? '')?.[1] ?? 0), { timeout: 30_000 }).toBeGreaterThanOrEqual(2);
    await column.getByTestId('cancel').click();
    const cancelledAt = Date.now();
    await column.getByTestId('resume').waitFor({ timeout: 10_000 });
    await column.waitForTimeout(1500);
    const late = requests.filter((r) => r.at > cancelledAt + 200 && r.path.startsWith('/reports/'));
    expect(late).toEqual([]);

    const doneBefore = new Set(
      await column.locator('[data-testid="column"] tbody tr[data-state="done"] a').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname)),
    );
    expect(doneBefore.size).toBeGreaterThanOrEqual(2);
    const resumedAt = Date.now();
    await column.getByTestId('resume').click();
    await column.locator('progress[data-phase="done"]').waitFor({ timeout: 60_000 });
    const again = requests.filter((r) => r.at >= resumedAt).map((r) => r.path);
    expect(again.filter((p) => doneBefore.has(p))).toEqual([]);
    expect(again.filter((p) => p.startsWith('/gknb/'))).toEqual([]);
    expect(await column.locator('[data-testid="column"] tbody tr[data-state="pending"]').count()).toBe(0);
  });

  it('resumes a batch whose page was closed, without fetching again what is done', async () => {
    const startedAt = Date.now();
    const { column } = await startBatch();
    const url = column.url();
    await expect.poll(async () => Number(/已核查 (\d+)/.exec((await progress(column)) ?? '')?.[1] ?? 0), { timeout: 30_000 }).toBeGreaterThanOrEqual(3);
    const closedAt = Date.now();
    await column.close();
    const before = new Set(requests.filter((r) => r.at >= startedAt && r.at <= closedAt && r.path.startsWith('/reports/')).map((r) => r.path));

    // The history page lists the unfinished batch; opening it goes on where it stopped.
    const history = await h.context.newPage();
    await history.goto(`chrome-extension://${h.extensionId}/history.html`);
    const unfinished = history.locator('.wf-batches a').first();
    await unfinished.waitFor();
    expect(await unfinished.getAttribute('href')).toBe(url.replace(/&tab=\d+/, ''));
    const reopenedAt = Date.now();
    await unfinished.click();
    await history.locator('progress[data-phase="done"]').waitFor({ timeout: 60_000 });
    const again = requests.filter((r) => r.at >= reopenedAt).map((r) => r.path);
    // A page in flight when the tab closed was never recorded as done: it is the one fetched twice at most.
    const done = await history.locator('[data-testid="column"] tbody tr').count();
    expect(done).toBe(reports.length + 2);
    expect(again.filter((p) => before.has(p)).length).toBeLessThanOrEqual(2);
    expect(again.filter((p) => p.startsWith('/gknb/'))).toEqual([]);
    await history.close();
  });

  it('lists every report in the history once, with last year’s report paired', async () => {
    const history = await h.context.newPage();
    await history.goto(`chrome-extension://${h.extensionId}/history.html`);
    const rows = history.locator('[data-testid="history"] tbody tr');
    await expect.poll(() => rows.count()).toBe(reports.length);
    const edu2020 = history.locator(`[data-testid="history"] tbody tr[data-key="${base}reports/edu-2020.html"]`);
    expect(await edu2020.locator('.wf-pair').getAttribute('data-pair')).toBe('same');
    expect(await edu2020.locator('[data-testid="compare-link"]').textContent()).toBe('2019 年 · 示例市示例区教育局');
    await h.screenshot(history, 'history-with-years');
    await history.close();
  });

  it('offers the comparison in the popup of a report whose last year the history knows', async () => {
    const report = await h.newPage();
    await report.goto(`${base}reports/edu-2020.html`);
    const popup = await h.context.newPage();
    await popup.goto(`chrome-extension://${h.extensionId}/popup.html?tab=${await h.tabId(report)}`);
    const compare = popup.getByTestId('open-compare');
    await compare.waitFor({ timeout: 8000 });
    expect(await compare.textContent()).toBe('与上年报告比较');
    // The page's own audit counts the cross-year findings once the history knows last year's report.
    await expect.poll(() => popup.locator('.finding').evaluateAll((els) => els.map((e) => e.textContent ?? '').filter((t) => /上年|重复/.test(t)).length), { timeout: 8000 }).toBeGreaterThanOrEqual(3);
    expect(await popup.locator('.status').textContent()).toContain('警告');
    // A report page is no column: no batch is offered there.
    expect(await popup.getByTestId('audit-column').count()).toBe(0);
    await popup.setViewportSize({ width: 400, height: 600 });
    await h.screenshot(popup, 'popup-workflow');
    await popup.close();
    await report.close();
  });

  it('never sent a request off the site', () => {
    expect(h.proxy.foreign()).toEqual([]);
  });
  },
  WORKFLOW_ONLY_CHROMIUM,
);

/** An export without what differs by where and when it ran: the URL (a path in the CLI), the time, the page title. */
function comparable(audit: AuditExport, base: string): unknown {
  const text = JSON.stringify({ ...audit, source: { ...audit.source, url: '', auditedAt: '', title: '' } });
  // Cells of last year's report name it by URL (browser) or path (CLI).
  return JSON.parse(text.replaceAll(base, '/').replace(/"url":"[^"]*"/g, '"url":""'));
}
