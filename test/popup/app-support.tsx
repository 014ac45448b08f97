import { vi } from 'vitest';
import type { PopupApi, TabInfo } from '../../components/popup/api';
import { App } from '../../components/popup/App';
import type { AuditExport, HandCorrection } from '../../lib/model';
import type { AuditReply } from '../../utils/protocol';
import { fixtureAudit } from './fixture';
import { mount, settle, text } from './support';

/** The popup mounted over a scripted page: shared by the popup's test files. */
export const TIMING = { pollMs: 5, auditMs: 300, silenceMs: 30 };

/** A tab as the popup sees it: frames that answer (or not) and the extension's storage. */
export function fakeApi(replies: Array<AuditReply | null>, stored: string[] = []) {
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
export const ready = (audit: AuditExport = fixtureAudit(), overlayVisible = true): AuditReply => ({ audit, overlayVisible, attachments: [] });

export async function open(api: PopupApi, writeClipboard?: (t: string) => Promise<void>) {
  const root = await mount(<App api={api} timing={TIMING} writeClipboard={writeClipboard} />);
  await settle(60);
  return root;
}
export const button = (root: HTMLElement, label: string) =>
  [...root.querySelectorAll('button')].find((b) => text(b) === label) ?? null;

/** Exports go through Blob + <a download>: capture both instead of letting jsdom navigate. */
export function captureDownloads() {
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
export function read(blob: Blob, as: 'text'): Promise<string>;
export function read(blob: Blob, as: 'bytes'): Promise<ArrayBuffer>;
export function read(blob: Blob, as: 'text' | 'bytes'): Promise<string | ArrayBuffer> {
  return new Promise((done, fail) => {
    const reader = new FileReader();
    reader.onload = () => done(reader.result as string | ArrayBuffer);
    reader.onerror = () => fail(reader.error);
    if (as === 'text') reader.readAsText(blob, 'utf-8');
    else reader.readAsArrayBuffer(blob);
  });
}
