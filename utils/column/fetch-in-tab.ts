import { browser } from 'wxt/browser';
import { decodePage } from '../../lib/column/charset';
import type { Failure, Fetched } from './batch';

/** A page that does not answer within this is reported as a timeout. */
export const FETCH_TIMEOUT_MS = 20_000;
/** Larger than any report page: refused rather than read. */
export const MAX_PAGE_BYTES = 8 * 1024 * 1024;

type Raw =
  | { ok: true; url: string; type: string; base64: string }
  | { ok: false; failure: Failure };

/**
 * Runs inside the site's tab (scripting.executeScript serialises this function: it may use
 * nothing from outside it). A fetch from there is the site's own request, with the reviewer's
 * session and cookies. The bytes come back as base64 and are decoded by their charset here.
 */
async function fetchFromPage(url: string, timeoutMs: number, maxBytes: number): Promise<Raw> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    // Firefox runs a content script's own fetch as the extension; `content.fetch` is the page's (MDN:
    // "XHR and Fetch in content scripts"). Chrome's content-script fetch already is the page's.
    const pageFetch = (globalThis as { content?: { fetch?: typeof fetch } }).content?.fetch ?? fetch;
    const res = await pageFetch(url, { credentials: 'include', signal: controller.signal });
    if (!res.ok) return { ok: false, failure: { kind: 'http', status: res.status } };
    const type = res.headers.get('content-type') ?? '';
    if (type && !/html|xml|text\/plain/i.test(type)) return { ok: false, failure: { kind: 'not-html', detail: type.split(';')[0] } };
    const bytes = new Uint8Array(await res.arrayBuffer());
    if (bytes.length > maxBytes) return { ok: false, failure: { kind: 'too-large', detail: String(bytes.length) } };
    let binary = '';
    for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
    return { ok: true, url: res.url || url, type, base64: btoa(binary) };
  } catch (error) {
    const aborted = (error as { name?: string })?.name === 'AbortError';
    return { ok: false, failure: aborted ? { kind: 'timeout' } : { kind: 'network', detail: String((error as Error)?.message ?? error) } };
  } finally {
    clearTimeout(timer);
  }
}

const fromBase64 = (text: string): Uint8Array => Uint8Array.from(atob(text), (c) => c.charCodeAt(0));

/** Fetches a page of the site from its tab and decodes it by its charset (GBK included). */
export async function fetchInTab(tabId: number, url: string): Promise<Fetched> {
  const [result] = await browser.scripting.executeScript({
    target: { tabId },
    func: fetchFromPage,
    args: [url, FETCH_TIMEOUT_MS, MAX_PAGE_BYTES],
  });
  const raw = result?.result as Raw | undefined;
  if (!raw) return { ok: false, failure: { kind: 'network', detail: 'the site’s tab did not answer' } };
  if (!raw.ok) return raw;
  return { ok: true, url: raw.url, html: decodePage(fromBase64(raw.base64), raw.type) };
}
