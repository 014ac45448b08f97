/**
 * A hand correction on an HTML report, in a real browser: the popup's tables view takes the value,
 * the page's audit script audits again with it, the page's marks and the popup's verdict follow,
 * and the export keeps what was read beside the correction. Screenshot: test-results/<browser>-correct-popup.png.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { refKey, type AuditExport } from '../../lib/model';
import { describeBrowsers, launch, type Driver } from './harness';
import { reportPages } from './pages/report';
import { nodeAudit, outlineKeys, waitForChip } from './support';

describeBrowsers('correcting a value by hand on an HTML report', (name) => {
  let b: Driver;
  let base: string;
  const pages = reportPages();

  beforeAll(async () => {
    b = await launch(name);
    base = await b.serve({}, pages);
  });
  afterAll(async () => {
    expect(b?.foreignRequests() ?? []).toEqual([]);
    await b?.close();
  });

  it('re-runs the page audit with the corrected value; the marks, the verdict and the export follow', async () => {
    const tab = await b.newTab(`${base}typo.html`);
    await waitForChip(tab);
    const expected = nodeAudit(pages['/typo.html']!, await tab.url());
    // The typo: 予以公开 · 自然人 reads 2 where the row's total and the column's sum say 1.
    const typo = expected.report.tables.applications!.granted!.naturalPerson!;
    const key = refKey(typo.at);
    // The errors it causes are marked on the row's total and the column's total.
    const errorCells = expected.findings.filter((f) => f.severity === 'error').flatMap((f) => f.cells.map(refKey));
    expect(errorCells.length).toBeGreaterThan(0);
    expect(await outlineKeys(tab)).toEqual(expect.arrayContaining(errorCells));

    const popup = await b.popup(tab, { width: 400, height: 700 });
    await popup.waitFor('.verdict', { timeout: 8000 });
    expect(await popup.text('.status')).toContain('有错误');
    await popup.click('details.table-box--applications > summary');
    await popup.waitFor(`td[data-cell="${key}"]`);
    await popup.click(`td[data-cell="${key}"]`);
    await popup.waitFor('.cell__input');
    // The field opens with what was read, selected: typing replaces it (once it has the focus).
    await expect.poll(() => popup.evaluate(() => document.activeElement?.classList.contains('cell__input') ?? false)).toBe(true);
    await popup.press('1');
    await popup.press('Enter');
    await popup.waitFor(`td.cell--corrected[data-cell="${key}"]`, { timeout: 8000 });
    expect(await popup.text('.count--error b')).toBe('0');
    expect(await popup.attr(`td[data-cell="${key}"]`, 'title')).toContain(`人工更正，原读取值「${typo.raw.trim()}」`);
    await popup.evaluateOn(`td[data-cell="${key}"]`, (el) => el.scrollIntoView({ block: 'center' }), undefined);
    await popup.screenshot(`${name}-correct-popup`);

    await expect.poll(async () => (await outlineKeys(tab)).filter((k) => errorCells.includes(k)), { timeout: 5000 }).toEqual([]);

    const file = await popup.download({ css: 'button', text: '导出 JSON' });
    const json = JSON.parse(file.text) as AuditExport;
    expect(json.report.tables.applications!.granted!.naturalPerson).toMatchObject({ value: 1, raw: '1', corrected: { by: 'hand', raw: typo.raw, value: 2 } });
    expect(json.verdict.counts.error).toBe(0);
    await popup.close();
    await tab.close();
  });
});
