/**
 * The history: every report the extension audits is kept (once per report, however often it is
 * audited), survives a browser restart, and an exported history imported into another browser
 * reproduces it. Screenshot of the history page.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, expect, it } from 'vitest';
import { fixturesDir } from '../support/paths';
import { describeBrowsers, launchChromium, resultsDir, type ChromiumSession } from './harness';
import { WORKFLOW_ONLY_CHROMIUM } from './pages/column-site';
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

describeBrowsers(
  'history',
  () => {
  const profile = mkdtempSync(join(tmpdir(), 'gra-history-'));
  const harnesses: ChromiumSession[] = [];
  const launch = async (profileDir?: string) => {
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
    const h = await launch(profile);
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

    const again = await launch(profile);
    const restarted = await openHistory(again);
    await expect.poll(() => rowsOf(restarted), { timeout: 10_000 }).toEqual(before);
    await again.screenshot(restarted, 'history-page');

    const [download] = await Promise.all([restarted.waitForEvent('download'), restarted.getByTestId('export-history').click()]);
    exported = join(resultsDir, `history-${download.suggestedFilename()}`);
    await download.saveAs(exported);
  });

  it('an exported history imported into another browser reproduces it', async () => {
    const h = await launch();
    const history = await openHistory(h);
    await history.getByText('还没有核查记录', { exact: false }).waitFor();
    await history.getByTestId('import').setInputFiles(exported);
    await expect.poll(() => rowsOf(history), { timeout: 10_000 }).toEqual(before);
    await expect(history.getByRole('status').textContent()).resolves.toContain(`已导入 ${REPORTS.length} 条记录`);
  });

  it('filters by verdict and text, and exports the selected rows as one JSON array', async () => {
    const h = harnesses.at(-1)!;
    const history = h.context.pages().find((p) => p.url().endsWith('/history.html'))!;
    await history.getByRole('searchbox').fill('2020 ');
    expect(await rowsOf(history)).toHaveLength(REPORTS.length);
    await history.getByRole('searchbox').fill('不存在的机关');
    expect(await rowsOf(history)).toHaveLength(0);
    await history.getByRole('searchbox').fill('');
    await history.getByRole('checkbox', { name: '全选' }).check();
    const [download] = await Promise.all([history.waitForEvent('download'), history.getByTestId('export-json').click()]);
    const path = join(resultsDir, `history-selected-${download.suggestedFilename()}`);
    await download.saveAs(path);
    const { readFileSync } = await import('node:fs');
    const audits = JSON.parse(readFileSync(path, 'utf8')) as Array<{ schema: string }>;
    expect(audits).toHaveLength(REPORTS.length);
    expect(audits.every((a) => a.schema === 'gov-report-audit/v1')).toBe(true);
  });
  },
  WORKFLOW_ONLY_CHROMIUM,
);
