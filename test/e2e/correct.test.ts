/**
 * A hand correction on an HTML report, in a real browser: the popup's tables view takes the value,
 * the page's audit script audits again with it, the page's marks and the popup's verdict follow,
 * and the export keeps what was read beside the correction. Screenshot: test-results/correct-*.png.
 *
 * Chromium only for now: the harness drives no Firefox yet (i11-firefox is adding that driver).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { refKey, type AuditExport } from '../../lib/model';
import { hasChromium, launchWithExtension, resultsDir, type Harness } from './harness';
import { reportPages } from './pages/report';
import { nodeAudit, outlineKeys, waitForChip } from './support';

describe.skipIf(!hasChromium)('correcting a value by hand on an HTML report', () => {
  let h: Harness;
  let base: string;
  const pages = reportPages();

  beforeAll(async () => {
    h = await launchWithExtension();
    base = await h.serve({}, pages);
  });
  afterAll(async () => {
    expect(h?.foreignRequests ?? []).toEqual([]);
    await h?.close();
  });

  it('re-runs the page audit with the corrected value; the marks, the verdict and the export follow', async () => {
    const page = await h.newPage();
    await page.goto(`${base}typo.html`);
    await waitForChip(page);
    const expected = nodeAudit(pages['/typo.html']!, page.url());
    // The typo: 予以公开 · 自然人 reads 2 where the row's total and the column's sum say 1.
    const typo = expected.report.tables.applications!.granted!.naturalPerson!;
    const key = refKey(typo.at);
    // The errors it causes are marked on the row's total and the column's total.
    const errorCells = expected.findings.filter((f) => f.severity === 'error').flatMap((f) => f.cells.map(refKey));
    expect(errorCells.length).toBeGreaterThan(0);
    expect(await outlineKeys(page)).toEqual(expect.arrayContaining(errorCells));

    const popup = await h.context.newPage();
    await popup.setViewportSize({ width: 400, height: 700 });
    await popup.goto(`chrome-extension://${h.extensionId}/popup.html?tab=${await h.tabId(page)}`);
    await popup.locator('.verdict').waitFor({ timeout: 8000 });
    expect(await popup.locator('.status').textContent()).toContain('有错误');
    await popup.locator('details.table-box--applications > summary').click();
    await popup.locator(`td[data-cell="${key}"]`).click();
    await popup.locator('.cell__input').fill('1');
    await popup.locator('.cell__input').press('Enter');
    await popup.locator(`td.cell--corrected[data-cell="${key}"]`).waitFor({ timeout: 8000 });
    expect(await popup.locator('.count--error b').textContent()).toBe('0');
    await popup.locator(`td[data-cell="${key}"]`).scrollIntoViewIfNeeded();
    await popup.screenshot({ path: join(resultsDir, 'correct-popup.png') });

    await expect.poll(async () => (await outlineKeys(page)).filter((k) => errorCells.includes(k)), { timeout: 5000 }).toEqual([]);

    const [download] = await Promise.all([popup.waitForEvent('download'), popup.getByRole('button', { name: '导出 JSON' }).click()]);
    const path = join(resultsDir, `correct-${download.suggestedFilename()}`);
    await download.saveAs(path);
    const json = JSON.parse(readFileSync(path, 'utf8')) as AuditExport;
    expect(json.report.tables.applications!.granted!.naturalPerson).toMatchObject({ value: 1, raw: '1', corrected: { by: 'hand', raw: typo.raw, value: 2 } });
    expect(json.verdict.counts.error).toBe(0);
    await popup.close();
    await page.close();
  });
});
