/**
 * The popup in a real browser, opened as a tab at popup.html?tab=<id> (there the "active tab" would
 * be the popup itself). It must show the verdict and findings of the page's frame, reveal a cell on
 * the page, keep a reviewer's dismissal across reloads, and export (file or clipboard) exactly what
 * the Node audit of the same markup gives. Screenshots go to test-results/ — look at them.
 */
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { toCsv } from '../../lib/audit/csv';
import { applyDismissals } from '../../lib/audit/dismiss';
import type { AuditExport, CellRef } from '../../lib/model';
import { corpusDir } from '../support/paths';
import { describeBrowsers, launch, type Driver, type Tab } from './harness';
import { reportPages } from './pages/report';
import { nodeAudit, nodeAuditFile, waitForChip } from './support';

const SHUYANG = 'shuyang-fgj-2023.html';

/** What legitimately differs between two runs of the same audit: when, and under which address. */
const comparable = (a: AuditExport) => ({ ...a, source: { ...a.source, auditedAt: '', url: '' } });
const button = (text: string) => ({ css: 'button', text });

/** The page's own cell behind a CellRef (rowspan/colspan expanded as lib/grid does), and its box. */
const cellBox = (tab: Tab, at: CellRef) =>
  tab.evaluate((ref) => {
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

describeBrowsers('the popup', (name) => {
  let b: Driver;
  let base: string;
  const pages = reportPages();

  beforeAll(async () => {
    b = await launch(name);
    base = await b.serve({ '/corpus/': corpusDir }, pages);
  });
  afterAll(async () => {
    expect(b?.foreignRequests() ?? []).toEqual([]);
    await b?.close();
  });

  /** A report page whose audit has finished (the overlay's chip is drawn once it has). */
  const openReport = async (path: string): Promise<Tab> => {
    const tab = await b.newTab(base + path);
    await waitForChip(tab);
    return tab;
  };
  const openPopup = async (tab: Tab): Promise<Tab> => {
    const popup = await b.popup(tab);
    await popup.waitFor('.verdict', { timeout: 8000 });
    return popup;
  };
  const exported = async (popup: Tab): Promise<{ name: string; json: AuditExport }> => {
    const file = await popup.download(button('导出 JSON'));
    return { name: file.name, json: JSON.parse(file.text) as AuditExport };
  };

  it('shows 有错误 and the findings for a report with an error', async () => {
    const tab = await openReport('typo.html');
    const expected = nodeAudit(pages['/typo.html']!, await tab.url());
    expect(expected.verdict.status).toBe('errors');
    const popup = await openPopup(tab);
    expect(await popup.text('.status')).toContain('有错误');
    expect(await popup.text('.count--error b')).toBe(String(expected.verdict.counts.error));
    const firstError = expected.findings.find((f) => f.severity === 'error')!;
    expect(await popup.text(`[data-finding="${firstError.id}"] .finding__message`)).toBe(firstError.message.zh);
    expect(await popup.text('.group--error > summary')).toContain(String(expected.verdict.counts.error));
    await popup.screenshot(`${name}-popup-errors-zh`, { fullPage: true });
    await popup.close();
    await tab.close();
  });

  it('scrolls the page to the cell when a finding is clicked', async () => {
    const tab = await openReport('typo.html');
    const expected = nodeAudit(pages['/typo.html']!, await tab.url());
    const finding = expected.findings.find((f) => f.severity === 'error' && f.cells.length > 0)!;
    const cell = finding.cells[0]!;
    await tab.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    const before = await cellBox(tab, cell);
    expect(before && (before.bottom < 0 || before.top > before.viewport)).toBe(true); // out of view first
    const popup = await openPopup(tab);
    await popup.click(`[data-finding="${finding.id}"] .finding__body`);
    await tab.bringToFront();
    await expect
      .poll(async () => {
        const box = await cellBox(tab, cell);
        return !!box && box.top >= 0 && box.bottom <= box.viewport;
      }, { timeout: 5000 })
      .toBe(true);
    await tab.screenshot(`${name}-popup-revealed-page`); // the viewport: the cell, flashing
    await popup.close();
    await tab.close();
  });

  it('answers for a report inside a frame, under the frame address (the key of its dismissals)', async () => {
    const tab = await b.newTab(`${base}framed.html`);
    await waitForChip(await tab.frame('/typo.html'));
    const popup = await openPopup(tab);
    expect(await popup.text('.status')).toContain('有错误');
    const { json } = await exported(popup);
    expect(json.source.url).toBe(`${base}typo.html`);
    await popup.close();
    await tab.close();
  });

  it('keeps a dismissal across reloads of page and popup, and exports it as dismissed: true', async () => {
    const tab = await openReport('typo.html');
    const expected = nodeAudit(pages['/typo.html']!, await tab.url());
    const finding = expected.findings.find((f) => f.severity === 'error')!;
    let popup = await openPopup(tab);
    await popup.click(`[data-finding="${finding.id}"] .finding__dismiss`);
    await popup.waitFor(`[data-finding="${finding.id}"].is-dismissed`);

    await tab.reload();
    await waitForChip(tab);
    await popup.close();
    popup = await openPopup(tab);
    // The error group is folded now that nothing live is left in it, if that was its only finding.
    if ((await popup.attr('.group--error', 'open')) === null) await popup.click('.group--error > summary');
    const item = `[data-finding="${finding.id}"]`;
    expect(await popup.attr(item, 'class')).toContain('is-dismissed');
    expect(await popup.text(`${item} .finding__dismiss`)).toBe('恢复');
    await popup.screenshot(`${name}-popup-dismissed-zh`, { fullPage: true });

    const { json } = await exported(popup);
    expect(json.findings.find((f) => f.id === finding.id)?.dismissed).toBe(true);
    expect(comparable(json)).toEqual(comparable(applyDismissals(expected, [finding.id])));

    // Restore it, so the other tests see the page as the core does.
    await popup.click(`${item} .finding__dismiss`);
    await popup.waitFor(`${item}:not(.is-dismissed)`);
    await popup.close();
    await tab.close();
  });

  it('exports the same JSON as the Node audit of the real 沭阳 page, named after organ and year', async () => {
    const tab = await openReport(`corpus/${SHUYANG}`);
    const expected = await nodeAuditFile(join(corpusDir, SHUYANG), await tab.url());
    const popup = await openPopup(tab);
    const { name: file, json } = await exported(popup);
    expect(comparable(json)).toEqual(comparable(expected));
    expect(json.source.url).toBe(await tab.url());
    expect(file).toBe(`${expected.report.organ}-${expected.report.year}-年报核查.json`);

    // The CSV of the same audit, as the CLI writes it (UTF-8 with the BOM spreadsheets need).
    const csv = await popup.download(button('导出 CSV'));
    expect(csv.name).toBe(`${expected.report.organ}-${expected.report.year}-年报核查.csv`);
    expect(csv.text.startsWith('\uFEFF')).toBe(true);
    expect(csv.text).toBe(toCsv([json]));

    // The tables, opened, for a person to compare with the page.
    for (const key of ['applications', 'reviewLitigation']) await popup.click(`.table-box--${key} > summary`);
    await popup.screenshot(`${name}-popup-shuyang-tables-zh`, { fullPage: true });
    await popup.close();
    await tab.close();
  });

  it('copies the same JSON to the clipboard', async () => {
    const tab = await openReport('typo.html');
    const expected = nodeAudit(pages['/typo.html']!, await tab.url());
    const popup = await openPopup(tab);
    await popup.click(button('复制 JSON'));
    await popup.waitFor({ css: '.exportbar__note', text: '已复制' });
    // Paste it where a reviewer would: a text field (real keyboard input, so the browser allows it).
    await popup.evaluate(() => {
      const area = document.createElement('textarea');
      area.id = 'paste-here';
      document.body.prepend(area);
    });
    await popup.click('#paste-here');
    await popup.press('Control+V');
    const pasted = await popup.evaluate(() => (document.getElementById('paste-here') as HTMLTextAreaElement).value);
    expect(comparable(JSON.parse(pasted) as AuditExport)).toEqual(comparable(expected));
    await popup.close();
    await tab.close();
  });

  it('says 非年报页面 on a .gov.cn page that is not a report, and can audit it anyway', async () => {
    const tab = await b.newTab(`${base}notice.html`);
    const popup = await openPopup(tab);
    expect(await popup.text('.status')).toContain('非年报页面');
    expect(await popup.text('.verdict__about')).toBe('此页面未检测到年报');
    await popup.screenshot(`${name}-popup-not-a-report-zh`, { fullPage: true });

    await popup.click(button('核查此页'));
    await popup.waitFor('.verdict__reason', { timeout: 8000 });
    expect(await popup.text('.status')).toContain('非年报页面');
    expect(await popup.count('.exportbar')).toBe(0);
    await popup.screenshot(`${name}-popup-not-a-report-audited-zh`, { fullPage: true });
    await popup.close();
    await tab.close();
  });
});

describeBrowsers('the popup in English', (name) => {
  let b: Driver;
  let base: string;

  beforeAll(async () => {
    b = await launch(name, { lang: 'en' });
    base = await b.serve({}, reportPages());
  });
  afterAll(async () => {
    await b?.close();
  });

  it('follows the browser language', async () => {
    const tab = await b.newTab(`${base}typo.html`);
    await waitForChip(tab);
    const popup = await b.popup(tab);
    await popup.waitFor('.verdict');
    expect(await popup.text('.status')).toContain('Errors');
    expect(await popup.count(button('Export JSON'))).toBe(1);
    await popup.screenshot(`${name}-popup-errors-en`, { fullPage: true });
  });
});
