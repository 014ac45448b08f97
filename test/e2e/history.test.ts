/**
 * The history: every report the extension audits is kept (once per report, however often it is
 * audited), in both browsers, and the reviewer filters it and exports the rows chosen; in
 * Chromium it also survives a browser restart, and an exported history imported into another
 * browser reproduces it. Screenshots of the history page.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { fixturesDir } from '../support/paths';
import { describeBrowsers, launch, launchChromium, resultsDir, type ChromiumSession, type Driver } from './harness';
import { waitForChip } from './support';

const REPORTS = ['seed-001-page.html', 'seed-000-gbk.html', 'seed-003-word.html'];

interface Row {
  key: string;
  organ: string;
  year: string;
  verdict: string;
}

async function openHistory(h: ChromiumSession): Promise<Page> {
  const page = await h.context.newPage();
  await page.goto(`chrome-extension://${h.extensionId}/history.html`);
  await page.locator('.wf-head h1').waitFor();
  return page;
}

const rowsOf = (page: Page): Promise<Row[]> =>
  page.locator('[data-testid="history"] tbody tr').evaluateAll((trs) =>
    trs
      .map((tr) => ({
        key: new URL((tr as HTMLElement).dataset.key ?? '').pathname,
        organ: tr.querySelector('.wf-organ')?.textContent ?? '',
        year: tr.children[2]?.textContent ?? '',
        verdict: tr.querySelector('.wf-verdict')?.getAttribute('data-status') ?? '',
      }))
      .sort((a, b) => a.key.localeCompare(b.key)),
  );

describeBrowsers('history, kept from the audits the browser made', (name) => {
  let b: Driver;
  let base: string;
  beforeAll(async () => {
    b = await launch(name);
    base = await b.serve(join(fixturesDir, 'pages'));
  });
  afterAll(async () => {
    expect(b?.foreignRequests() ?? []).toEqual([]);
    await b?.close();
  });

  it('keeps each audited report once; the search narrows the rows; the chosen rows export as one JSON array', async () => {
    const tab = await b.newTab();
    for (const file of [...REPORTS, REPORTS[0]!]) {
      await tab.goto(base + file);
      await waitForChip(tab);
    }
    const history = await b.extensionPage('history.html');
    const keys = () => history.attrs('[data-testid="history"] tbody tr', 'data-key');
    const paths = async () => (await keys()).map((k) => new URL(k).pathname).sort();
    await expect.poll(paths, { timeout: 10_000 }).toEqual(REPORTS.map((f) => `/${f}`).sort());
    expect(await history.texts('[data-testid="history"] tbody tr td.wf-num:nth-of-type(3)')).toEqual(REPORTS.map(() => '2020'));
    await history.screenshot(`${name}-history-page`);

    const search = (text: string) =>
      history.evaluateOn('input[type="search"]', (el, value) => {
        (el as HTMLInputElement).value = value;
        el.dispatchEvent(new Event('input', { bubbles: true }));
      }, text);
    await search('不存在的机关');
    await expect.poll(keys).toEqual([]);
    await search('');
    await expect.poll(async () => (await keys()).length).toBe(REPORTS.length);
    await history.click('th.wf-check input[type="checkbox"]');
    const file = await history.download('[data-testid="export-json"]');
    const audits = JSON.parse(file.text) as Array<{ schema: string; source: { url: string } }>;
    expect(audits.map((a) => new URL(a.source.url).pathname).sort()).toEqual(REPORTS.map((f) => `/${f}`).sort());
    expect(audits.every((a) => a.schema === 'gov-report-audit/v1')).toBe(true);
  });
});

describeBrowsers(
  'history across a restart and between browsers',
  () => {
  const profile = mkdtempSync(join(tmpdir(), 'gra-history-'));
  const harnesses: ChromiumSession[] = [];
  const launchAt = async (profileDir?: string) => {
    const h = await launchChromium(profileDir ? { profileDir } : {});
    harnesses.push(h);
    return h;
  };
  let before: Row[] = [];
  let exported = '';

  afterAll(async () => {
    for (const h of harnesses) await h.close();
    rmSync(profile, { recursive: true, force: true });
  });

  it('keeps each audited report once, and still has them after a browser restart', async () => {
    const h = await launchAt(profile);
    const base = await h.serve(join(fixturesDir, 'pages'));
    const tab = await h.newPage();
    for (const file of [...REPORTS, REPORTS[0]!]) {
      await tab.goto(base + file);
      await waitForChip(h.tab(tab));
    }
    const history = await openHistory(h);
    await expect.poll(async () => (await rowsOf(history)).length, { timeout: 10_000 }).toBe(REPORTS.length);
    await history.reload();
    // The reloaded page reads IndexedDB before it draws its rows.
    await expect.poll(async () => (await rowsOf(history)).map((r) => r.key), { timeout: 10_000 }).toEqual(REPORTS.map((f) => `/${f}`).sort());
    before = await rowsOf(history);
    expect(before.every((r) => r.verdict && r.year === '2020')).toBe(true);
    await h.close();

    const again = await launchAt(profile);
    const restarted = await openHistory(again);
    await expect.poll(() => rowsOf(restarted), { timeout: 10_000 }).toEqual(before);
    await again.screenshot(restarted, 'history-page');

    const [download] = await Promise.all([restarted.waitForEvent('download'), restarted.getByTestId('export-history').click()]);
    exported = join(resultsDir, `history-${download.suggestedFilename()}`);
    await download.saveAs(exported);
  });

  it('an exported history imported into another browser reproduces it', async () => {
    const h = await launchAt();
    const history = await openHistory(h);
    await history.getByText('还没有核查记录', { exact: false }).waitFor();
    await history.getByTestId('import').setInputFiles(exported);
    await expect.poll(() => rowsOf(history), { timeout: 10_000 }).toEqual(before);
    await expect(history.getByRole('status').textContent()).resolves.toContain(`已导入 ${REPORTS.length} 条记录`);
  });
  },
  {
    only: 'chromium',
    why: 'a restart on the same profile and a file chosen for upload: the Firefox driver starts each browser on a fresh profile and has no file chooser',
  },
);
