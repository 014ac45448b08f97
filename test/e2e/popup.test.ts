/**
 * The popup in a real browser, opened as a tab at popup.html?tab=<id> (there the "active tab" would
 * be the popup itself). It must show the verdict and findings of the page's frame, reveal a cell on
 * the page, keep a reviewer's dismissal across reloads, and export exactly what the Node audit of
 * the same markup gives. Screenshots go to test-results/ — look at them.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyDismissals } from '../../lib/audit/dismiss';
import type { AuditExport, CellRef } from '../../lib/model';
import { corpusDir } from '../support/paths';
import { hasChromium, launchWithExtension, resultsDir, type Harness } from './harness';
import { reportPages } from './pages/report';
import { nodeAudit, nodeAuditFile, waitForChip } from './support';

const SHUYANG = 'shuyang-fgj-2023.html';

const POPUP_SIZE = { width: 400, height: 600 };

/** What legitimately differs between two runs of the same audit: when, and under which address. */
const comparable = (a: AuditExport) => ({ ...a, source: { ...a.source, auditedAt: '', url: '' } });

/** The page's own cell behind a CellRef (rowspan/colspan expanded as lib/grid does), and its box. */
const cellBox = (page: Page, at: CellRef) =>
  page.evaluate((ref) => {
    const table = document.querySelectorAll('table')[ref.table] as HTMLTableElement | undefined;
    if (!table) return null;
    const grid: HTMLTableCellElement[][] = [];
    Array.from(table.rows).forEach((tr, r) => {
      const row = (grid[r] ??= []);
      let c = 0;
      for (const cell of Array.from(tr.cells)) {
        while (row[c]) c++;
        for (let i = 0; i < Math.max(1, cell.rowSpan); i++)
          for (let j = 0; j < Math.max(1, cell.colSpan); j++) (grid[r + i] ??= [])[c + j] = cell;
        c += Math.max(1, cell.colSpan);
      }
    });
    const el = grid[ref.row]?.[ref.col];
    if (!el) return null;
    const b = el.getBoundingClientRect();
    return { top: b.top, bottom: b.bottom, viewport: innerHeight, text: el.textContent ?? '' };
  }, at);

describe.skipIf(!hasChromium)('the popup', () => {
  let h: Harness;
  let base: string;
  const pages = reportPages();

  beforeAll(async () => {
    h = await launchWithExtension();
    base = await h.serve({ '/corpus/': corpusDir }, pages);
  });
  afterAll(async () => {
    expect(h?.foreignRequests ?? []).toEqual([]);
    await h?.close();
  });

  /** A report page whose audit has finished (the overlay's chip is drawn once it has). */
  const openReport = async (path: string): Promise<Page> => {
    const page = await h.newPage();
    await page.goto(base + path);
    await waitForChip(page);
    return page;
  };
  const openPopup = async (page: Page): Promise<Page> => {
    const popup = await h.context.newPage();
    await popup.setViewportSize(POPUP_SIZE);
    await popup.goto(`chrome-extension://${h.extensionId}/popup.html?tab=${await h.tabId(page)}`);
    await popup.locator('.verdict').waitFor({ timeout: 8000 });
    return popup;
  };
  const exported = async (popup: Page): Promise<{ name: string; json: AuditExport }> => {
    const [download] = await Promise.all([popup.waitForEvent('download'), popup.getByRole('button', { name: '导出 JSON' }).click()]);
    const path = join(resultsDir, `popup-${download.suggestedFilename()}`);
    await download.saveAs(path);
    return { name: download.suggestedFilename(), json: JSON.parse(readFileSync(path, 'utf8')) as AuditExport };
  };

  it('shows 有错误 and the findings for a report with an error', async () => {
    const page = await openReport('typo.html');
    const expected = nodeAudit(pages['/typo.html']!, page.url());
    expect(expected.verdict.status).toBe('errors');
    const popup = await openPopup(page);
    expect(await popup.locator('.status').textContent()).toContain('有错误');
    expect(await popup.locator('.count--error b').textContent()).toBe(String(expected.verdict.counts.error));
    const firstError = expected.findings.find((f) => f.severity === 'error')!;
    const item = popup.locator(`[data-finding="${firstError.id}"]`);
    expect(await item.locator('.finding__message').textContent()).toBe(firstError.message.zh);
    expect(await popup.locator('.group--error > summary').textContent()).toContain(String(expected.verdict.counts.error));
    await h.screenshot(popup, 'popup-errors-zh');
    await popup.close();
    await page.close();
  });

  it('scrolls the page to the cell when a finding is clicked', async () => {
    const page = await openReport('typo.html');
    const expected = nodeAudit(pages['/typo.html']!, page.url());
    const finding = expected.findings.find((f) => f.severity === 'error' && f.cells.length > 0)!;
    const cell = finding.cells[0]!;
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    const before = await cellBox(page, cell);
    expect(before && (before.bottom < 0 || before.top > before.viewport)).toBe(true); // out of view first
    const popup = await openPopup(page);
    await popup.locator(`[data-finding="${finding.id}"] .finding__body`).click();
    await page.bringToFront();
    await expect
      .poll(async () => {
        const box = await cellBox(page, cell);
        return !!box && box.top >= 0 && box.bottom <= box.viewport;
      }, { timeout: 5000 })
      .toBe(true);
    await page.screenshot({ path: join(resultsDir, 'popup-revealed-page.png') }); // the viewport: the cell, flashing
    await popup.close();
    await page.close();
  });

  it('answers for a report inside a frame, under the frame address (the key of its dismissals)', async () => {
    const page = await h.newPage();
    await page.goto(`${base}framed.html`);
    await waitForChip(page.frames().find((f) => f.url().endsWith('/typo.html'))!);
    const popup = await openPopup(page);
    expect(await popup.locator('.status').textContent()).toContain('有错误');
    const { json } = await exported(popup);
    expect(json.source.url).toBe(`${base}typo.html`);
    await popup.close();
    await page.close();
  });

  it('keeps a dismissal across reloads of page and popup, and exports it as dismissed: true', async () => {
    const page = await openReport('typo.html');
    const expected = nodeAudit(pages['/typo.html']!, page.url());
    const finding = expected.findings.find((f) => f.severity === 'error')!;
    let popup = await openPopup(page);
    await popup.locator(`[data-finding="${finding.id}"] .finding__dismiss`).click();
    await popup.locator(`[data-finding="${finding.id}"].is-dismissed`).waitFor();

    await page.reload();
    await waitForChip(page);
    await popup.close();
    popup = await openPopup(page);
    // The error group is folded now that nothing live is left in it, if that was its only finding.
    const group = popup.locator('.group--error');
    if ((await group.getAttribute('open')) === null) await group.locator('> summary').click();
    const item = popup.locator(`[data-finding="${finding.id}"]`);
    expect(await item.getAttribute('class')).toContain('is-dismissed');
    expect(await item.locator('.finding__dismiss').textContent()).toBe('恢复');
    await h.screenshot(popup, 'popup-dismissed-zh');

    const { json } = await exported(popup);
    expect(json.findings.find((f) => f.id === finding.id)?.dismissed).toBe(true);
    expect(comparable(json)).toEqual(comparable(applyDismissals(expected, [finding.id])));

    // Restore it, so the other tests see the page as the core does.
    await item.locator('.finding__dismiss').click();
    await popup.locator(`[data-finding="${finding.id}"]:not(.is-dismissed)`).waitFor();
    await popup.close();
    await page.close();
  });

  it('exports the same JSON as the Node audit of the real 沭阳 page, named after organ and year', async () => {
    const page = await openReport(`corpus/${SHUYANG}`);
    const expected = await nodeAuditFile(join(corpusDir, SHUYANG), page.url());
    const popup = await openPopup(page);
    const { name, json } = await exported(popup);
    expect(comparable(json)).toEqual(comparable(expected));
    expect(json.source.url).toBe(page.url());
    expect(name).toBe(`${expected.report.organ}-${expected.report.year}-年报核查.json`);

    // The tables, opened, for a person to compare with the page.
    for (const key of ['applications', 'reviewLitigation']) await popup.locator(`.table-box--${key} > summary`).click();
    await h.screenshot(popup, 'popup-shuyang-tables-zh');
    await popup.close();
    await page.close();
  });

  it('says 非年报页面 on a .gov.cn page that is not a report, and can audit it anyway', async () => {
    const page = await h.newPage();
    await page.goto(`${base}notice.html`);
    const popup = await openPopup(page);
    expect(await popup.locator('.status').textContent()).toContain('非年报页面');
    expect(await popup.locator('.verdict__about').textContent()).toBe('此页面未检测到年报');
    await h.screenshot(popup, 'popup-not-a-report-zh');

    await popup.getByRole('button', { name: '核查此页' }).click();
    await popup.locator('.verdict__reason').waitFor({ timeout: 8000 });
    expect(await popup.locator('.status').textContent()).toContain('非年报页面');
    expect(await popup.locator('.exportbar').count()).toBe(0);
    await h.screenshot(popup, 'popup-not-a-report-audited-zh');
    await popup.close();
    await page.close();
  });
});

describe.skipIf(!hasChromium)('the popup in English', () => {
  let h: Harness;
  let base: string;
  const pages = reportPages();

  beforeAll(async () => {
    h = await launchWithExtension({ lang: 'en' });
    base = await h.serve({}, pages);
  });
  afterAll(async () => {
    await h?.close();
  });

  it('follows the browser language', async () => {
    const page = await h.newPage();
    await page.goto(`${base}typo.html`);
    await waitForChip(page);
    const popup = await h.context.newPage();
    await popup.setViewportSize(POPUP_SIZE);
    await popup.goto(`chrome-extension://${h.extensionId}/popup.html?tab=${await h.tabId(page)}`);
    await popup.locator('.verdict').waitFor();
    expect(await popup.locator('.status').textContent()).toContain('Errors');
    expect(await popup.getByRole('button', { name: 'Export JSON' }).count()).toBe(1);
    await h.screenshot(popup, 'popup-errors-en');
  });
});
