// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

// The real fake browser, without wxt/testing's index (it loads esbuild, which jsdom breaks).
vi.mock('wxt/browser', async () => ({ browser: (await import('wxt/testing/fake-browser')).fakeBrowser }));

import type { AuditExport } from '../../lib/model';
import { fixtureAudit } from './fixture';
import { act } from 'preact/test-utils';
import { click, settle, text, toggle, unmountAll, useLocale } from './support';

import { button, fakeApi, open, ready } from './app-support';

beforeEach(() => useLocale('zh_CN'));
afterEach(async () => {
  await unmountAll();
  vi.restoreAllMocks();
});

describe('report files (PDF, .docx)', () => {
  const notReport = (): AuditExport => ({
    ...fixtureAudit([]),
    verdict: { status: 'not-a-report', counts: { error: 0, warning: 0, info: 0, review: 0 }, rulesRun: [], rulesNotApplicable: [] },
  });

  it('on a tab showing a PDF of the site, offers 「核查此 PDF」 instead of auditing the page', async () => {
    const api = fakeApi([null]);
    api.tabInfo.mockResolvedValue({ url: 'http://www.hongze.gov.cn/u/2023%E5%B9%B4%E6%8A%A5.pdf', contentType: null });
    const root = await open(api);
    expect(button(root, '核查此页')).toBeNull();
    expect(text(root.querySelector('.files'))).toContain('2023年报.pdf');
    await click(button(root, '核查此 PDF'));
    expect(api.openFile).toHaveBeenCalledWith('http://www.hongze.gov.cn/u/2023%E5%B9%B4%E6%8A%A5.pdf');
  });

  it('on a notice page, offers the report attachments of its own site, one button each', async () => {
    const mine = { url: 'http://www.example.gov.cn/u/report.pdf', name: '某某局2023年政府信息公开工作年度报告.pdf', kind: 'pdf' as const };
    const elsewhere = { url: 'http://www.other.gov.cn/u/report.pdf', name: '他处年报.pdf', kind: 'pdf' as const };
    const api = fakeApi([{ audit: notReport(), overlayVisible: false, attachments: [mine, elsewhere] }]);
    const root = await open(api);
    expect(text(root.querySelector('.files__about'))).toBe('此页面链接了 1 个年度报告附件。');
    expect(text(root.querySelector('.files__list'))).not.toContain('他处年报');
    await click(button(root, '核查附件'));
    expect(api.openFile).toHaveBeenCalledWith(mine.url);
  });

  it('knows a PDF by its type where its address does not say so (a download script)', async () => {
    const api = fakeApi([null]);
    api.tabInfo.mockResolvedValue({ url: 'http://www.hongze.gov.cn/download.jsp?id=12', contentType: 'application/pdf' });
    const root = await open(api);
    expect(button(root, '核查此 PDF')).not.toBeNull();
  });

  it('offers nothing on an ordinary page', async () => {
    const root = await open(fakeApi([ready()]));
    expect(root.querySelector('.files')).toBeNull();
  });
});

describe('correcting a value by hand in the tables view', () => {
  it('a click on a cell, a value and Enter: the page audits again and the cell shows the correction', async () => {
    const before = fixtureAudit();
    const [row, cols] = Object.entries(before.report.tables.applications!)[0]!;
    const [col, cell] = Object.entries(cols)[0]!;
    const after = fixtureAudit([]);
    after.report.tables.applications![row]![col] = { ...cell, value: 99, raw: '99', kind: 'number', corrected: { by: 'hand', raw: cell.raw, value: cell.value } };
    const api = fakeApi([ready(before)]);
    api.correct.mockResolvedValue(ready(after));
    const root = await open(api);
    await toggle(root.querySelector('details.table-box--applications'));
    const td = root.querySelector<HTMLElement>(`td[data-cell="${cell.at.table}.${cell.at.row}.${cell.at.col}"]`)!;
    expect(td.title).toContain('点击可更正');
    await click(td);
    const input = root.querySelector<HTMLInputElement>('.cell__input')!;
    input.value = '99';
    await act(() => {
      input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    });
    await settle(20);
    expect(api.correct).toHaveBeenCalledWith({ at: cell.at, raw: '99' });
    const shown = root.querySelector<HTMLElement>(`td[data-cell="${cell.at.table}.${cell.at.row}.${cell.at.col}"]`)!;
    expect(shown.classList.contains('cell--corrected')).toBe(true);
    expect(text(shown)).toBe('99');
    expect(shown.title).toContain(`人工更正，原读取值「${cell.raw.trim() || '空'}」`);
    expect(text(root.querySelector('.status'))).toContain('通过');
  });

  it('Escape gives up without auditing again', async () => {
    const api = fakeApi([ready()]);
    const root = await open(api);
    await toggle(root.querySelector('details.table-box--applications'));
    await click(root.querySelector('td.cell--editable'));
    await act(() => {
      root.querySelector('.cell__input')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    });
    expect(root.querySelector('.cell__input')).toBeNull();
    expect(api.correct).not.toHaveBeenCalled();
  });
});
