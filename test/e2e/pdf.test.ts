/**
 * Report files in a real browser (Chromium): a tab showing the real published PDF (Chrome's own viewer, where
 * no content script runs) and a notice page linking it. The popup offers the file; the results page
 * fetches it from the same site, draws its pages with the bundled pdf.js and marks the failing
 * cells — hongze-district-2023.pdf has two real T4-SUM errors — exactly where the Node audit of
 * the same bytes puts them; a hand correction re-runs the audit and travels with the export; the
 * tab's badge counts as for a page; no request leaves the site. Screenshots: test-results/pdf-*.png.
 *
 * Chromium only (WHY below): the popup opens the results page with tabs.create, and only the
 * Playwright session can follow a tab the extension itself opens.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { nodePdfJs } from '../../cli/pdfjs';
import { auditPdf } from '../../lib/audit';
import { auditDocx } from '../../lib/audit/docx';
import { refKey, type AuditExport } from '../../lib/model';
import { corpusDir, fixturesDir } from '../support/paths';
import { resultsUrl } from '../../utils/results';
import { chromiumDriver, describeBrowsers, launch, launchChromium, mark, OVERLAY_HOST, resultsDir, type ChromiumSession, type Driver, type MarkKind } from './harness';
import { failingCells, outlineKeys } from './support';

const WHY =
  'the results page opens in a tab the extension creates (tabs.create from the popup): the Firefox driver reaches extension pages only through its control page and cannot follow that tab';
/** Playwright's CSS pierces open shadow roots: the overlay's marks on a results page. */
const marksIn = (page: Page, kind: MarkKind) => page.locator(`${OVERLAY_HOST} [data-gra="${kind}"]`);

const PDF = 'hongze-district-2023.pdf';
const REPORT = '洪泽区人民政府2023年政府信息公开工作年度报告';
const NOTICE = `<!doctype html><html><head><meta charset="utf-8"><title>详情 - 洪泽区人民政府</title></head>
<body><div class="article"><h3>信息公开年报</h3><p>发布日期：2024-01-18</p>
<p>附件：<a href="/corpus/${PDF}">${REPORT}.pdf</a></p></div></body></html>`;

const POPUP_SIZE = { width: 400, height: 600 };

async function nodeAudit(url: string): Promise<AuditExport> {
  const { pdfjs, options } = await nodePdfJs();
  return auditPdf(new Uint8Array(readFileSync(join(corpusDir, PDF))), { url }, pdfjs, options);
}

describeBrowsers('PDF reports', () => {
  let h: ChromiumSession;
  let b: Driver; // for its request log
  let base: string;
  let fileUrl: string;
  let expected: AuditExport;

  beforeAll(async () => {
    h = await launchChromium();
    b = chromiumDriver(h);
    base = await h.serve({ '/corpus/': corpusDir }, { '/notice.html': NOTICE });
    fileUrl = `${base}corpus/${PDF}`;
    expected = await nodeAudit(fileUrl);
  });
  afterAll(async () => {
    expect(b?.foreignRequests() ?? []).toEqual([]);
    await h?.close();
  });

  const openPopup = async (page: Page): Promise<Page> => {
    const popup = await h.context.newPage();
    await popup.setViewportSize(POPUP_SIZE);
    await popup.goto(`chrome-extension://${h.extensionId}/popup.html?tab=${await h.tabId(page)}`);
    await popup.locator('.files').waitFor({ timeout: 10_000 });
    return popup;
  };
  /** The toolbar badge of a page's tab, read in the service worker. */
  const badgeText = async (page: Page): Promise<string> => {
    const id = await h.tabId(page);
    return (await h.worker()).evaluate(
      (tab) => (globalThis as unknown as { chrome: { action: { getBadgeText(d: object): Promise<string> } } }).chrome.action.getBadgeText({ tabId: tab }),
      id,
    );
  };
  const waitForBadge = (page: Page, text: string) => expect.poll(() => badgeText(page), { timeout: 10_000 }).toBe(text);

  /** Clicks the popup's offer and returns the results page it opens, once its marks are drawn. */
  const openResults = async (popup: Page, button: string): Promise<Page> => {
    const opened = h.context.waitForEvent('page');
    await popup.getByRole('button', { name: button }).click();
    const results = await opened;
    await results.setViewportSize({ width: 1400, height: 900 });
    await results.locator('.verdict').waitFor({ timeout: 30_000 });
    await marksIn(results, 'chip').waitFor({ timeout: 15_000 });
    return results;
  };

  it('reads the real PDF in Node as its README says: two T4-SUM errors (the expectation below)', () => {
    expect(expected.source.kind).toBe('pdf');
    expect(expected.findings.filter((f) => f.rule === 'T4-SUM')).toHaveLength(2);
  });

  it('a notice page linking the PDF: the popup offers it, the results page marks the failing cells on page 4', async () => {
    const notice = await h.newPage();
    await notice.goto(`${base}notice.html`);
    const popup = await openPopup(notice);
    expect(await popup.locator('.files__list').textContent()).toContain(REPORT);
    await popup.screenshot({ path: join(resultsDir, 'pdf-popup-notice.png') });
    const results = await openResults(popup, '核查附件');

    expect(await results.locator('.status').textContent()).toContain('有错误');
    expect(await results.locator('.count--error b').textContent()).toBe(String(expected.verdict.counts.error));
    await expect.poll(() => outlineKeys(h.tab(results)), { timeout: 10_000 }).toEqual(failingCells(expected));

    // Each T4-SUM total is outlined over its own cell of the rendered page 4.
    for (const f of expected.findings.filter((x) => x.rule === 'T4-SUM')) {
      const key = refKey(f.cells[0]!);
      expect(await results.locator(`.pdf__cell[data-cell="${key}"]`).evaluate((el) => el.closest<HTMLElement>('.pdf__page')?.dataset.page)).toBe('4');
      const [cell, outline] = await Promise.all([
        results.locator(`.pdf__cell[data-cell="${key}"]`).boundingBox(),
        marksIn(results, 'outline').and(results.locator(`[data-cell="${key}"]`)).boundingBox(),
      ]);
      expect(Math.abs(outline!.x + 1 - cell!.x)).toBeLessThan(2);
      expect(Math.abs(outline!.y + 1 - cell!.y)).toBeLessThan(2);
    }

    // The badge of the notice's tab counts the file's findings, as for a report page.
    await waitForBadge(notice, String(expected.verdict.counts.error));

    // A finding clicked in the list scrolls its cell into view and flashes it; its marker tells why.
    const sum = expected.findings.find((f) => f.rule === 'T4-SUM')!;
    await results.locator(`[data-finding="${sum.id}"] .finding__body`).click();
    await marksIn(results, 'flash').first().waitFor({ timeout: 5000 });
    await results.waitForTimeout(600); // the smooth scroll
    await results.screenshot({ path: join(resultsDir, 'pdf-results-table4.png') });
    const marker = marksIn(results, 'marker').and(results.locator(`[data-cell="${refKey(sum.cells[0]!)}"]`));
    await marker.hover();
    expect(await marksIn(results, 'tooltip').textContent()).toContain(`应为 ${sum.expected}`);
    await results.screenshot({ path: join(resultsDir, 'pdf-results-tooltip.png') });
    await results.close();
    await popup.close();
    await notice.close();
  });

  it('a tab showing the PDF: 「核查此 PDF」 fetches it once from the site; a hand correction re-runs the audit and is exported', async () => {
    const tab = await h.newPage();
    await tab.goto(fileUrl);
    const popup = await openPopup(tab);
    await popup.screenshot({ path: join(resultsDir, 'pdf-popup-tab.png') });
    const results = await openResults(popup, '核查此 PDF');
    // The results page asked the site for the file, once, and for nothing else (its own files aside).
    const fetched = await results.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name));
    expect(fetched.filter((u) => !u.startsWith('chrome-extension:'))).toEqual([fileUrl]);
    await waitForBadge(tab, String(expected.verdict.counts.error));

    // 行政复议 总计 reads 0 where its parts make 11: correct it by hand to 11.
    const review = expected.report.tables.reviewLitigation!.review!.total!;
    const key = refKey(review.at);
    const sums = () => results.locator('.finding').filter({ hasText: 'T4-SUM' }).count();
    expect(await sums()).toBe(2);
    await results.locator(`.pdf__cell[data-cell="${key}"]`).click();
    await results.locator('.pdf__input').fill('11');
    await results.locator('.pdf__input').press('Enter');
    await expect.poll(sums, { timeout: 15_000 }).toBe(1);
    const corrected = results.locator(`.pdf__cell--corrected[data-cell="${key}"]`);
    await corrected.scrollIntoViewIfNeeded();
    expect(await corrected.textContent()).toBe('11');
    await results.screenshot({ path: join(resultsDir, 'pdf-results-corrected.png') });
    const box = (await corrected.boundingBox())!;
    await results.screenshot({ path: join(resultsDir, 'pdf-results-corrected-cell.png'), clip: { x: box.x - 200, y: box.y - 40, width: 480, height: 110 } });

    const [download] = await Promise.all([results.waitForEvent('download'), results.getByRole('button', { name: '导出 JSON' }).click()]);
    const path = join(resultsDir, `pdf-${download.suggestedFilename()}`);
    await download.saveAs(path);
    const json = JSON.parse(readFileSync(path, 'utf8')) as AuditExport;
    expect(json.source).toMatchObject({ url: fileUrl, kind: 'pdf' });
    expect(json.report.tables.reviewLitigation!.review!.total).toMatchObject({ value: 11, raw: '11', corrected: { by: 'hand', raw: review.raw, value: 0 } });
    expect(json.findings.filter((f) => f.rule === 'T4-SUM')).toHaveLength(1);
    await results.close();
    await popup.close();
    await tab.close();
  });
}, { only: 'chromium', why: WHY });

/**
 * The same file in both browsers, over the driver interface: the popup on the notice page offers
 * it, and the results page (opened as the popup's click opens it) draws the PDF with the bundled
 * pdf.js, marks the two T4-SUM totals and fills the notice tab's badge.
 */
describeBrowsers('PDF results page', (name) => {
  let b: Driver;
  let base: string;
  let expected: AuditExport;

  beforeAll(async () => {
    b = await launch(name);
    base = await b.serve({ '/corpus/': corpusDir, '/files/': join(fixturesDir, 'pdf') }, { '/notice.html': NOTICE });
    expected = await nodeAudit(`${base}corpus/${PDF}`);
  });
  /** The results page for a file, as the popup's click opens it. */
  const openResults = (file: string) => b.extensionPage(resultsUrl({ file, page: file, tab: null }).slice(1), { width: 1400, height: 900 });
  afterAll(async () => {
    expect(b?.foreignRequests() ?? []).toEqual([]);
    await b?.close();
  });

  it('offers the attachment, then draws the PDF and marks its failing cells', async () => {
    const notice = await b.newTab(`${base}notice.html`);
    const popup = await b.popup(notice);
    await popup.waitFor({ css: 'button', text: '核查附件' }, { timeout: 10_000 });
    const file = `${base}corpus/${PDF}`;
    const results = await b.extensionPage(resultsUrl({ file, page: await notice.url(), tab: await b.tabId(notice) }).slice(1), { width: 1400, height: 900 });
    await results.waitFor(mark('chip'), { timeout: 30_000 });
    expect(await results.text('.status')).toContain('有错误');
    expect(await results.count('.pdf__page')).toBe(5);
    expect(await outlineKeys(results)).toEqual(failingCells(expected));
    await b.waitForBadge(notice, (badge) => badge.text === String(expected.verdict.counts.error), 10_000);
    const sum = expected.findings.find((f) => f.rule === 'T4-SUM')!;
    await results.click({ css: `[data-finding="${sum.id}"] .finding__body` });
    await results.waitFor(mark('flash'), { timeout: 5000 });
    // The list scrolls the cell of page 4 into view.
    const inView = () =>
      results.evaluateOn(`.pdf__cell[data-cell="${refKey(sum.cells[0]!)}"]`, (el) => {
        const r = el.getBoundingClientRect();
        return r.top >= 0 && r.bottom <= innerHeight;
      }, undefined);
    await expect.poll(inView, { timeout: 5000 }).toBe(true);
    await results.screenshot(`${name}-pdf-results`);
    await results.close();
    await popup.close();
    await notice.close();
  });

  it('a scanned PDF says so and marks nothing', async () => {
    const results = await openResults(`${base}files/scan.pdf`);
    await results.waitFor('.verdict', { timeout: 30_000 });
    expect(await results.text('.status')).toContain('无法读取');
    expect(await results.text('.verdict__reason')).toContain('扫描件，无文字层，无法核查');
    expect(await results.count(mark('outline'))).toBe(0);
    expect(await results.count('.findings')).toBe(0); // no "no findings" for a file we could not read
    // The page is still drawn, so the reviewer sees what we could not read.
    await results.waitFor('.pdf__page canvas', { timeout: 10_000 });
    await results.evaluate(() => new Promise((done) => setTimeout(done, 1500)));
    await results.screenshot(`${name}-pdf-scan`);
    await results.close();
  });

  it('a .docx report shows its tables with the failing cells; a corrected value re-runs the audit', async () => {
    const file = `${base}files/seed-003-word.docx`;
    const docx = auditDocx(new Uint8Array(readFileSync(join(fixturesDir, 'pdf/seed-003-word.docx'))), { url: file });
    const error = docx.findings.find((f) => f.severity === 'error' && f.cells.length > 0)!;
    expect(error).toBeDefined();
    const key = refKey(error.cells[0]!);
    const results = await openResults(file);
    await results.waitFor('.verdict', { timeout: 30_000 });
    expect(await results.text('.count--error b')).toBe(String(docx.verdict.counts.error));
    expect(await results.count(`td.cell--flag-error[data-cell="${key}"]`)).toBe(1);
    await results.click(`td[data-cell="${key}"]`);
    await results.waitFor('.cell__input');
    // Typing goes to the field once it has the focus.
    await expect.poll(() => results.evaluate(() => document.activeElement?.classList.contains('cell__input') ?? false)).toBe(true);
    for (const digit of String(error.expected)) await results.press(digit);
    await results.press('Enter');
    await results.waitFor(`td.cell--corrected[data-cell="${key}"]`, { timeout: 15_000 });
    expect(await results.count(`[data-finding="${error.id}"]`)).toBe(0);
    await results.screenshot(`${name}-docx-results`);
    await results.close();
  });
});
