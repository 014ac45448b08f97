/**
 * No network. Both browsers send every request through the harness's recording proxy (server.ts),
 * which answers only for the test sites and writes down everything else: while the extension
 * audits pages (reports, a report in a frame, a late-loading one, a page that is not a report) and
 * the popup opens, reveals, dismisses, re-audits, injects, exports and copies, that list stays
 * empty. Probes from the background, an extension page and a content script prove the proxy sees
 * each part of the extension.
 *
 * In Chromium, CDP also tells who made each request (page, content script, popup, service worker):
 * there the same session is checked request by request: the pages' own requests go to their own
 * origin, the extension's may only read its own package or blob:/data: URLs.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Request } from 'playwright-core';
import { corpusDir } from '../support/paths';
import { chromiumDriver, describeBrowsers, launch, launchChromium, type ChromiumSession, type Driver, type Tab } from './harness';
import { reportPages } from './pages/report';
import { waitForChip } from './support';

const SHUYANG = 'shuyang-fgj-2023.html';
/**
 * Not a test site: the proxy records the request and refuses it. A *.gov.cn host, because Firefox
 * stops a content script's fetch to a host outside its permissions before it reaches the network.
 */
const PROBE = 'http://elsewhere.gov.cn/probe';
const button = (text: string) => ({ css: 'button', text });

/** Everything a reviewer does with the extension, on every kind of page; returns the tabs it opened. */
async function exercise(b: Driver, base: string): Promise<Tab[]> {
  const tabs: Tab[] = [];
  for (const path of ['typo.html', 'late.html', `corpus/${SHUYANG}`]) {
    const tab = await b.newTab(base + path);
    await waitForChip(tab, 10_000);
    tabs.push(tab);
  }
  const framed = await b.newTab(`${base}framed.html`);
  await waitForChip(await framed.frame('/typo.html'), 10_000);
  const notice = await b.newTab(`${base}notice.html`);

  // The popup on the typo page: reveal, dismiss and restore, overlay off and on, re-audit, export.
  const popup = await b.popup(tabs[0]!);
  await popup.waitFor('.verdict', { timeout: 8000 });
  await popup.click('.group--error [data-finding] .finding__body');
  await popup.click('.group--error [data-finding] .finding__dismiss');
  await popup.waitFor('.group--error .is-dismissed');
  await popup.click('.group--error .finding__dismiss');
  await popup.click('.toggle input');
  await popup.click('.toggle input');
  await popup.click(button('重新核查'));
  await popup.waitFor(button('重新核查'));
  for (const label of ['导出 JSON', '导出 CSV']) await popup.download(button(label));
  await popup.click(button('复制 JSON'));
  await popup.waitFor({ css: '.exportbar__note', text: 'JSON' }, { timeout: 5000 });

  // The popup on the page that is not a report: "audit this page" injects the audit script.
  const other = await b.popup(notice);
  await other.waitFor('.verdict', { timeout: 8000 });
  await other.click(button('核查此页'));
  await other.waitFor('.verdict__reason', { timeout: 8000 });
  await other.screenshot(`${b.name}-network-popup-injected`);
  await new Promise((done) => setTimeout(done, 500)); // anything late: storage writes, badge updates
  return [popup, other, framed, notice, ...tabs];
}

describeBrowsers('no network', (name) => {
  let b: Driver;
  let base: string;

  beforeAll(async () => {
    b = await launch(name);
    base = await b.serve({ '/corpus/': corpusDir }, reportPages());
  });
  afterAll(async () => {
    await b?.close();
  });

  it('makes none while auditing pages, and while the popup reveals, dismisses, re-audits, injects and exports', async () => {
    const tabs = await exercise(b, base);
    const origin = new URL(base).origin;
    console.info(`[network] ${name}: ${b.requests().length} requests through the proxy, all to ${origin}`);
    expect(b.requests().filter((u) => u.startsWith(origin)).length).toBeGreaterThan(5); // the pages went through it
    expect(b.foreignRequests()).toEqual([]);
    for (const t of tabs) await t.close();
  });

  it('would see a request from the background, an extension page or a content script (the recorder works)', async () => {
    const tab = await b.newTab(`${base}typo.html`);
    await waitForChip(tab);
    const before = b.foreignRequests().length;
    await b.probe(tab, PROBE);
    await expect.poll(() => b.foreignRequests().slice(before).sort(), { timeout: 5000 }).toEqual(
      ['background', 'content-script', 'extension-page'].map((part) => `${PROBE}-${part}`),
    );
    await tab.close();
  });
});

/** What a page's own document may load (our test pages do no fetch, XHR, beacon or socket). */
const PAGE_RESOURCES = new Set(['document', 'stylesheet', 'image', 'font', 'script', 'media']);

interface Seen {
  url: string;
  type: string;
  /** 'worker' (the extension's service worker), 'extension' (its pages), 'page', or 'unknown'. */
  by: string;
  where: string;
}

describeBrowsers(
  'no network, request by request',
  () => {
    let session: ChromiumSession;
    let b: Driver;
    let base: string;
    let origin: string;
    const seen: Seen[] = [];

    const record = (r: Request): Seen => {
      const ext = `chrome-extension://${session.extensionId}/`;
      const worker = r.serviceWorker();
      let frameUrl = '';
      try {
        frameUrl = r.frame().url();
      } catch {
        // a service worker's requests have no frame
      }
      // The navigation that fills a new iframe: its frame has no URL yet.
      if (!frameUrl && !worker && r.isNavigationRequest()) frameUrl = '(a new frame)';
      const by = worker ? (worker.url().startsWith(ext) ? 'worker' : 'unknown') : frameUrl.startsWith(ext) ? 'extension' : frameUrl ? 'page' : 'unknown';
      return { url: r.url(), type: r.resourceType(), by, where: worker?.url() ?? frameUrl };
    };

    /** Requests that break the rule, with the reason. */
    const violations = (list: Seen[]): string[] =>
      list.flatMap((s) => {
        const own = s.url.startsWith(`chrome-extension://${session.extensionId}/`) || /^(blob|data):/.test(s.url);
        if (s.by === 'worker' || s.by === 'extension') return own ? [] : [`the extension (${s.by}) requested ${s.url}`];
        if (s.by === 'page') {
          if (own) return []; // a content script reading its own package: no network
          if (new URL(s.url).origin === origin && PAGE_RESOURCES.has(s.type)) return [];
          return [`${s.type} to ${s.url} from the page ${s.where} (not the page's own loading: a content script?)`];
        }
        return [`${s.type} to ${s.url} from an unknown initiator`];
      });

    beforeAll(async () => {
      session = await launchChromium();
      b = chromiumDriver(session);
      session.context.on('request', (r) => seen.push(record(r)));
      base = await b.serve({ '/corpus/': corpusDir }, reportPages());
      origin = new URL(base).origin;
    });
    afterAll(async () => {
      await b?.close();
    });

    it('tells who made a request: the service worker, the popup, a content script', async () => {
      const tab = await b.newTab(`${base}typo.html`);
      await waitForChip(tab);
      seen.length = 0;
      await b.probe(tab, PROBE);
      await expect.poll(() => seen.filter((s) => s.url.startsWith(PROBE)).length, { timeout: 5000 }).toBe(3);
      const probes = seen.filter((s) => s.url.startsWith(PROBE));
      expect(Object.fromEntries(probes.map((s) => [s.url.slice(PROBE.length + 1), s.by]))).toEqual({
        background: 'worker',
        'extension-page': 'extension',
        'content-script': 'page',
      });
      expect(violations(probes)).toHaveLength(3);
      await tab.close();
      seen.length = 0;
    });

    it('the pages load only their own resources, and the extension only its own package', async () => {
      const tabs = await exercise(b, base);
      const byWho = seen.reduce<Record<string, number>>((n, s) => ({ ...n, [s.by]: (n[s.by] ?? 0) + 1 }), {});
      console.info(`[network] chromium by initiator: ${JSON.stringify(byWho)}; the extension's: ${[...new Set(seen.filter((s) => s.by !== 'page').map((s) => s.url.replace(/^chrome-extension:\/\/[a-z]+/, '')))].join(' ')}`);
      expect(seen.filter((s) => s.by === 'page').length).toBeGreaterThan(5); // the pages were recorded
      expect(violations(seen)).toEqual([]);
      for (const t of tabs) await t.close();
    });
  },
  { only: 'chromium', why: "who made a request is told by CDP (Playwright's request events); Firefox's BiDi network events do not cover the background page" },
);
