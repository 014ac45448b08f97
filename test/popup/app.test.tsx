// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

// The real fake browser, without wxt/testing's index (it loads esbuild, which jsdom breaks).
vi.mock('wxt/browser', async () => ({ browser: (await import('wxt/testing/fake-browser')).fakeBrowser }));

import { App } from '../../components/popup/App';
import { applyDismissals } from '../../lib/audit/dismiss';
import type { AuditExport } from '../../lib/model';
import { fixtureAudit, rowSum, validLb } from './fixture';
import { click, mount, settle, text, toggle, unmountAll, useLocale } from './support';

import { button, captureDownloads, fakeApi, open, read, ready } from './app-support';

beforeEach(() => useLocale('zh_CN'));
afterEach(async () => {
  await unmountAll();
  vi.restoreAllMocks();
});

describe('the popup on a report page', () => {
  it('shows the verdict, the findings and the tables of the frame that answered', async () => {
    const root = await open(fakeApi([ready()]));
    expect(text(root.querySelector('.status'))).toBe('✕ 有错误');
    expect(root.querySelectorAll('.finding')).toHaveLength(3); // the error and the two warnings; notes folded
    expect(root.querySelector('.tables')).not.toBeNull();
    expect(button(root, '导出 JSON')).not.toBeNull();
  });

  it('waits for a frame that is still auditing (audit: null) instead of calling the page empty', async () => {
    const api = fakeApi([{ audit: null, overlayVisible: true, attachments: [] }, { audit: null, overlayVisible: true, attachments: [] }, ready()]);
    const root = await open(api);
    // Polls run on timers: wait for the third answer rather than a fixed time (a loaded machine is slow).
    await vi.waitFor(() => expect(text(root.querySelector('.status'))).toContain('有错误'), { timeout: 5_000 });
    expect(api.getAudit).toHaveBeenCalledTimes(3);
  });

  it('asks the page to reveal a finding when it is clicked', async () => {
    const api = fakeApi([ready()]);
    const root = await open(api);
    await click(root.querySelector(`[data-finding="${validLb.id}"] .finding__body`));
    expect(api.reveal).toHaveBeenCalledWith(validLb.id);
  });

  it('turns the page marks off and on', async () => {
    const api = fakeApi([ready()]);
    const root = await open(api);
    const box = root.querySelector<HTMLInputElement>('.toggle input')!;
    expect(box.checked).toBe(true);
    await click(box);
    expect(api.setOverlay).toHaveBeenLastCalledWith(false);
    expect(box.checked).toBe(false);
  });
});

describe('dismissing a finding', () => {
  it('stores it for the page, shows it dismissed and recounts the verdict', async () => {
    const api = fakeApi([ready()]);
    const root = await open(api);
    await click(root.querySelector(`[data-finding="${rowSum.id}"] .finding__dismiss`));
    await settle();
    expect(api.setDismissed).toHaveBeenCalledWith(fixtureAudit().source.url, rowSum.id, true);
    const item = root.querySelector(`[data-finding="${rowSum.id}"]`);
    expect(item?.classList.contains('is-dismissed')).toBe(true); // the open group stays open
    expect(text(root.querySelector('.status'))).toBe('! 有警告');
    expect(text(root.querySelector('.count--error'))).toBe('错误 0');
  });

  it('applies the dismissals stored for the page when the popup opens', async () => {
    const root = await open(fakeApi([ready()], [rowSum.id]));
    expect(text(root.querySelector('.status'))).toContain('有警告');
    expect(text(root.querySelector('.group--error summary'))).toBe('错误 0 已忽略 1');
  });

  it('says so when storage fails, and changes nothing', async () => {
    const api = fakeApi([ready()]);
    api.setDismissed.mockRejectedValueOnce(new Error('quota'));
    const root = await open(api);
    await click(root.querySelector(`[data-finding="${rowSum.id}"] .finding__dismiss`));
    await settle();
    expect(text(root.querySelector('.problem'))).toBe('未能保存忽略状态：quota');
    expect(text(root.querySelector('.status'))).toContain('有错误');
  });
});

describe('exports', () => {
  it('saves the audit as shown, dismissals included, as JSON named after the organ and year', async () => {
    const files = captureDownloads();
    const audit = fixtureAudit();
    const root = await open(fakeApi([ready(audit)], [validLb.id]));
    await click(button(root, '导出 JSON'));
    expect(files.map((f) => f.name)).toEqual(['沭阳县发展和改革局-2023-年报核查.json']);
    const saved = await read(files[0]!.blob, 'text');
    expect(saved).toBe(JSON.stringify(applyDismissals(audit, [validLb.id]), null, 2));
    const parsed = JSON.parse(saved) as AuditExport;
    expect(parsed.findings.find((f) => f.id === validLb.id)?.dismissed).toBe(true);
    // Nothing else differs from what the core produced, but the verdict recounted without it.
    expect({ ...parsed, findings: parsed.findings.map(({ dismissed: _, ...f }) => f), verdict: audit.verdict }).toEqual(audit);
    expect(text(root.querySelector('.exportbar__note'))).toBe('已保存 沭阳县发展和改革局-2023-年报核查.json');
  });

  it('saves CSV with the byte-order mark Excel and WPS need', async () => {
    const files = captureDownloads();
    const root = await open(fakeApi([ready()]));
    await click(button(root, '导出 CSV'));
    expect(files[0]?.name).toBe('沭阳县发展和改革局-2023-年报核查.csv');
    const bytes = new Uint8Array(await read(files[0]!.blob, 'bytes'));
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(files[0]!.blob.type).toBe('text/csv;charset=utf-8');
  });

  it('copies the same JSON to the clipboard', async () => {
    const copied: string[] = [];
    const audit = fixtureAudit();
    const root = await open(fakeApi([ready(audit)]), async (t) => void copied.push(t));
    await click(button(root, '复制 JSON'));
    await settle();
    expect(copied).toEqual([JSON.stringify(audit, null, 2)]);
    expect(text(root.querySelector('.exportbar__note'))).toBe('已复制 JSON 到剪贴板');
  });
});

describe('a page where no frame holds a report', () => {
  it('says so, and offers to audit the page anyway', async () => {
    const api = fakeApi([null]);
    const root = await open(api);
    expect(text(root.querySelector('.status'))).toBe('– 非年报页面');
    expect(text(root.querySelector('.verdict__about'))).toBe('此页面未检测到年报');
    expect(button(root, '核查此页')).not.toBeNull();
    expect(root.querySelector('.exportbar')).toBeNull();
  });

  it('"核查此页" injects the audit, then shows what the page gave', async () => {
    const api = fakeApi([null]);
    api.auditNow.mockImplementation(async () => api.answer(ready()));
    const root = await open(api);
    await click(button(root, '核查此页'));
    await settle(30);
    expect(api.auditNow).toHaveBeenCalledWith(true);
    expect(text(root.querySelector('.status'))).toContain('有错误');
  });

  it('shows a page the injected audit found not to be a report, with the reason and no export', async () => {
    const api = fakeApi([null]);
    const audit = fixtureAudit([]);
    const notReport: AuditExport = {
      ...audit,
      report: { ...audit.report, tables: { activeDisclosure: null, applications: null, reviewLitigation: null } },
      verdict: { ...audit.verdict, status: 'not-a-report', reason: { zh: '未找到年报表格', en: 'No report tables' } },
    };
    api.auditNow.mockImplementation(async () => api.answer(ready(notReport)));
    const root = await open(api);
    await click(button(root, '核查此页'));
    await settle(30);
    expect(text(root.querySelector('.status'))).toContain('非年报页面');
    expect(text(root.querySelector('.verdict__reason'))).toBe('未找到年报表格');
    expect(root.querySelector('.findings')).toBeNull();
    expect(root.querySelector('.exportbar')).toBeNull();
    expect(root.querySelector('.toggle')).toBeNull(); // nothing to mark on the page
  });

  it('explains when the browser refuses to run the audit there', async () => {
    const api = fakeApi([null]);
    api.auditNow.mockRejectedValue(new Error('Cannot access a chrome:// URL'));
    const root = await open(api);
    await click(button(root, '核查此页'));
    await settle(10);
    expect(text(root.querySelector('[role="alert"]'))).toBe('无法在此页面运行核查：Cannot access a chrome:// URL');
    expect(button(root, '核查此页')).not.toBeNull();
  });
});

describe('without a tab', () => {
  it('says it cannot tell which tab to audit', async () => {
    const root = await mount(<App api={null} />);
    expect(text(root.querySelector('.message'))).toBe('无法确定要核查的标签页。');
  });
});
