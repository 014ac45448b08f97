import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { readListPage } from '../../lib/column/list';
import { newBatch, runBatch, type Batch, type BatchEffects, type Fetched } from '../../utils/column/batch';

const SITE = 'http://www.example.gov.cn';
const report = (n: number) => `<a href="/r/${n}.html">某某区${2000 + n}年政府信息公开工作年度报告</a>`;
const PAGES: Record<string, string> = {
  '/list/index.html': `${[1, 2, 3, 4].map(report).join('')}<a href="index_1.html">下一页</a><a href="/r/missing.html">某某区2099年政府信息公开工作年度报告</a>`,
  '/list/index_1.html': `${[4, 5, 6].map(report).join('')}<a href="/r/notice.html">某某区2019年政府信息公开工作年度报告</a><a href="index_2.html">下一页</a>`,
  '/list/index_2.html': report(7),
};

function fakeSite() {
  const requests: string[] = [];
  let inFlight = 0;
  let maxInFlight = 0;
  let saved: Batch | null = null;
  const audited: string[] = [];
  const effects: BatchEffects = {
    async fetchPage(url): Promise<Fetched> {
      requests.push(url.replace(SITE, ''));
      inFlight++;
      maxInFlight = Math.max(maxInFlight, inFlight);
      await new Promise((r) => setTimeout(r, 2));
      inFlight--;
      const path = new URL(url).pathname;
      const body = PAGES[path] ?? (/\/r\/\d+\.html$/.test(path) || path === '/r/notice.html' ? `<p>${path}</p>` : undefined);
      return body === undefined ? { ok: false, failure: { kind: 'http', status: 404 } } : { ok: true, url, html: body };
    },
    readList: (html, url) => readListPage(new JSDOM(html, { url }).window.document, url),
    async audit(html, url) {
      if (url.endsWith('notice.html')) return { ok: false, failure: { kind: 'not-a-report' } };
      audited.push(url.replace(SITE, ''));
      return { ok: true, key: url };
    },
    async save(b) {
      saved = structuredClone(b);
    },
    sleep: () => new Promise((r) => setTimeout(r, 1)),
    now: () => new Date('2026-01-01T00:00:00Z'),
  };
  return { effects, requests, audited, maxInFlight: () => maxInFlight, saved: () => saved };
}

const options = (signal = new AbortController().signal) => ({ concurrency: 2, pauseMs: 1, signal });

describe('runBatch', () => {
  it('reads every list page, audits each report once, lists failures with their reason', async () => {
    const site = fakeSite();
    const done = await runBatch(newBatch('b', `${SITE}/list/index.html`, 10, new Date()), site.effects, options());
    expect(done.phase).toBe('done');
    expect(done.listPages.map((u) => u.replace(SITE, ''))).toEqual(['/list/index.html', '/list/index_1.html', '/list/index_2.html']);
    expect(site.audited.sort()).toEqual([1, 2, 3, 4, 5, 6, 7].map((n) => `/r/${n}.html`));
    expect(done.items.filter((i) => i.state === 'failed').map((i) => [i.url.replace(SITE, ''), i.failure])).toEqual([
      ['/r/missing.html', { kind: 'http', status: 404 }],
      ['/r/notice.html', { kind: 'not-a-report' }],
    ]);
    expect(site.maxInFlight()).toBeLessThanOrEqual(2);
    expect(new Set(site.requests).size).toBe(site.requests.length);
    expect(site.saved()).toEqual(done);
  });

  it('reads no more list pages than the limit', async () => {
    const site = fakeSite();
    const done = await runBatch(newBatch('b', `${SITE}/list/index.html`, 2, new Date()), site.effects, options());
    expect(done.listPages).toHaveLength(2);
    expect(done.items.some((i) => i.url.endsWith('/r/7.html'))).toBe(false);
  });

  it('stops requesting when cancelled, and a resume fetches only what is left', async () => {
    const site = fakeSite();
    const controller = new AbortController();
    let audits = 0;
    const audit = site.effects.audit;
    site.effects.audit = async (...args) => {
      if (++audits === 2) controller.abort();
      return audit(...args);
    };
    const cancelled = await runBatch(newBatch('b', `${SITE}/list/index.html`, 10, new Date()), site.effects, options(controller.signal));
    expect(cancelled.phase).toBe('cancelled');
    const before = site.requests.length;
    const doneFirst = cancelled.items.filter((i) => i.state === 'done').map((i) => i.url.replace(SITE, ''));
    expect(doneFirst.length).toBeGreaterThanOrEqual(2);
    expect(doneFirst.length).toBeLessThan(cancelled.items.length);

    const resumed = await runBatch(cancelled, site.effects, options());
    expect(resumed.phase).toBe('done');
    const again = site.requests.slice(before);
    expect(again.filter((u) => doneFirst.includes(u))).toEqual([]);
    expect(again.some((u) => u.startsWith('/list/'))).toBe(false);
    expect(resumed.items.every((i) => i.state !== 'pending')).toBe(true);
  });

  it('refuses a page a redirect took off the site', async () => {
    const site = fakeSite();
    const fetchPage = site.effects.fetchPage;
    site.effects.fetchPage = async (url) => {
      const got = await fetchPage(url);
      return got.ok && url.endsWith('/r/1.html') ? { ...got, url: 'http://evil.example.com/r/1.html' } : got;
    };
    const done = await runBatch(newBatch('b', `${SITE}/list/index.html`, 1, new Date()), site.effects, options());
    expect(done.items.find((i) => i.url.endsWith('/r/1.html'))?.failure?.kind).toBe('offsite');
  });
});

describe('runBatch when history cannot keep a result', () => {
  it('stops, keeps the batch resumable and tells the caller', async () => {
    const site = fakeSite();
    site.effects.audit = async () => {
      throw new Error('storage full');
    };
    await expect(runBatch(newBatch('b', `${SITE}/list/index.html`, 1, new Date()), site.effects, options())).rejects.toThrow('storage full');
    expect(site.saved()?.phase).toBe('cancelled');
    expect(site.saved()?.items.every((i) => i.state === 'pending')).toBe(true);
  });
});
