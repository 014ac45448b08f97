// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

// The real fake browser, without wxt/testing's index (it loads esbuild, which jsdom breaks).
vi.mock('wxt/browser', async () => ({ browser: (await import('wxt/testing/fake-browser')).fakeBrowser }));

import type { PopupApi, TabInfo } from '../../components/popup/api';
import { App } from '../../components/popup/App';
import { applyDismissals } from '../../lib/audit/dismiss';
import type { AuditExport, HandCorrection } from '../../lib/model';
import type { AuditReply } from '../../utils/protocol';
import { fixtureAudit, rowSum, validLb } from './fixture';
import { act } from 'preact/test-utils';
import { click, mount, settle, text, toggle, unmountAll, useLocale } from './support';

const TIMING = { pollMs: 5, auditMs: 300, silenceMs: 30 };

/** A tab as the popup sees it: frames that answer (or not) and the extension's storage. */
function fakeApi(replies: Array<AuditReply | null>, stored: string[] = []) {
  let dismissed = [...stored];
  const queue = [...replies];
  const api = {
    getAudit: vi.fn(async () => (queue.length > 1 ? queue.shift()! : (queue[0] ?? null))),
    auditNow: vi.fn(async (_inject: boolean) => {}),
    reveal: vi.fn(async (_id: string) => {}),
    setOverlay: vi.fn(async (_visible: boolean) => {}),
    getDismissed: vi.fn(async (_url: string) => dismissed),
    setDismissed: vi.fn(async (_url: string, id: string, value: boolean) => {
      dismissed = value ? [...new Set([...dismissed, id])] : dismissed.filter((d) => d !== id);
      return dismissed;
    }),
    correct: vi.fn(async (_c: HandCorrection): Promise<AuditReply | null> => null),
    tabInfo: vi.fn(async (): Promise<TabInfo | null> => ({ url: 'http://www.example.gov.cn/a.html', contentType: 'text/html' })),
    openFile: vi.fn(async (_url: string) => {}),
    /** What the next getAudit calls answer from now on. */
    answer(...next: Array<AuditReply | null>) {
      queue.splice(0, queue.length, ...next);
    },
  } satisfies PopupApi & { answer: unknown };
  return api;
}
const ready = (audit: AuditExport = fixtureAudit(), overlayVisible = true): AuditReply => ({ audit, overlayVisible, attachments: [] });

async function open(api: PopupApi, writeClipboard?: (t: string) => Promise<void>) {
  const root = await mount(<App api={api} timing={TIMING} writeClipboard={writeClipboard} />);
  await settle(60);
  return root;
}
const button = (root: HTMLElement, label: string) =>
  [...root.querySelectorAll('button')].find((b) => text(b) === label) ?? null;

/** Exports go through Blob + <a download>: capture both instead of letting jsdom navigate. */
function captureDownloads() {
  const files: Array<{ name: string; blob: Blob }> = [];
  let blob: Blob | null = null;
  URL.createObjectURL = vi.fn((b: Blob) => ((blob = b), 'blob:popup-test'));
  URL.revokeObjectURL = vi.fn();
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    files.push({ name: this.download, blob: blob! });
  });
  return files;
}

/** jsdom's Blob has no text()/arrayBuffer(); its FileReader reads one. */
function read(blob: Blob, as: 'text'): Promise<string>;
function read(blob: Blob, as: 'bytes'): Promise<ArrayBuffer>;
function read(blob: Blob, as: 'text' | 'bytes'): Promise<string | ArrayBuffer> {
  return new Promise((done, fail) => {
    const reader = new FileReader();
    reader.onload = () => done(reader.result as string | ArrayBuffer);
    reader.onerror = () => fail(reader.error);
    if (as === 'text') reader.readAsText(blob, 'utf-8');
    else reader.readAsArrayBuffer(blob);
  });
}

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
