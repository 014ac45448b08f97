/**
 * No network: every request the browser makes while the extension audits pages (reports, a
 * report in a frame, a late-loading one, a page that is not a report), while the popup opens,
 * reveals, dismisses, re-audits, injects, exports and copies, is recorded with who made it
 * (`context.on('request')` sees pages, the popup and the service worker: checked first, with
 * probes from each). The pages' own requests go to their own origin; the extension's may only
 * read its own package (chrome-extension://<id>/) or blob:/data: URLs. Anything else fails.
 */
import { join } from 'node:path';
import type { Page, Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { corpusDir } from '../support/paths';
import { hasChromium, launchWithExtension, resultsDir, type Harness } from './harness';
import { reportPages } from './pages/report';
import { waitForChip } from './support';

const SHUYANG = 'shuyang-fgj-2023.html';
/** What a page's own document may load (our test pages do no fetch, XHR, beacon or socket). */
const PAGE_RESOURCES = new Set(['document', 'stylesheet', 'image', 'font', 'script', 'media']);
/** A closed port Chrome refuses at once: probes fail fast, but are still requests. */
const PROBE = 'http://127.0.0.1:9/probe';

interface Seen {
  url: string;
  type: string;
  /** 'worker' (the extension's service worker), 'extension' (its pages), 'page', or 'unknown'. */
  by: string;
  where: string;
}

describe.skipIf(!hasChromium)('no network', () => {
  let h: Harness;
  let base: string;
  let origin: string;
  const seen: Seen[] = [];

  const record = (r: Request): Seen => {
    const ext = `chrome-extension://${h.extensionId}/`;
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
      const own = s.url.startsWith(`chrome-extension://${h.extensionId}/`) || /^(blob|data):/.test(s.url);
      if (s.by === 'worker' || s.by === 'extension') return own ? [] : [`the extension (${s.by}) requested ${s.url}`];
      if (s.by === 'page') {
        if (own) return []; // a content script reading its own package: no network
        if (new URL(s.url).origin === origin && PAGE_RESOURCES.has(s.type)) return [];
        return [`${s.type} to ${s.url} from the page ${s.where} (not the page's own loading: a content script?)`];
      }
      return [`${s.type} to ${s.url} from an unknown initiator`];
    });

  beforeAll(async () => {
    h = await launchWithExtension();
    h.context.on('request', (r) => seen.push(record(r)));
    base = await h.serve({ '/corpus/': corpusDir }, reportPages());
    origin = new URL(base).origin;
  });
  afterAll(async () => {
    await h?.close();
  });

  const openPopup = async (page: Page): Promise<Page> => {
    const popup = await h.context.newPage();
    await popup.setViewportSize({ width: 400, height: 600 });
    await popup.goto(`chrome-extension://${h.extensionId}/popup.html?tab=${await h.tabId(page)}`);
    await popup.locator('.verdict').waitFor({ timeout: 8000 });
    return popup;
  };

  it('sees requests from the service worker, the popup and a content script (the recorder works)', async () => {
    const page = await h.newPage();
    await page.goto(`${base}typo.html`);
    await waitForChip(page);
    const popup = await openPopup(page);
    const tabId = await h.tabId(page);
    seen.length = 0;

    const worker = await h.worker();
    await worker.evaluate((url) => fetch(`${url}-worker`).catch(() => null), PROBE);
    await popup.evaluate((url) => fetch(`${url}-popup`).catch(() => null), PROBE);
    // A fetch from the content scripts' isolated world (a string: the function crosses into Chrome as is).
    await worker.evaluate(
      `chrome.scripting.executeScript({ target: { tabId: ${tabId} }, func: function (u) { return fetch(u).then(function () { return 1; }, function () { return 0; }); }, args: ['${PROBE}-content'] })`,
    );
    await expect.poll(() => seen.filter((s) => s.url.startsWith(PROBE)).length, { timeout: 5000 }).toBe(3);
    const probes = seen.filter((s) => s.url.startsWith(PROBE));
    expect(Object.fromEntries(probes.map((s) => [s.url.slice(PROBE.length + 1), s.by]))).toEqual({ worker: 'worker', popup: 'extension', content: 'page' });
    expect(violations(probes)).toHaveLength(3);
    await popup.close();
    await page.close();
    seen.length = 0;
  });

  it('makes none while auditing pages, and while the popup reveals, dismisses, re-audits, injects and exports', async () => {
    // Reports (one typo), a report framed by its site, one whose article arrives late, a real one.
    const pages: Page[] = [];
    for (const path of ['typo.html', 'late.html', `corpus/${SHUYANG}`]) {
      const page = await h.newPage();
      await page.goto(base + path);
      await waitForChip(page, 10_000);
      pages.push(page);
    }
    const framed = await h.newPage();
    await framed.goto(`${base}framed.html`);
    await waitForChip(framed.frames().find((f) => f.url().endsWith('/typo.html'))!, 10_000);
    const notice = await h.newPage();
    await notice.goto(`${base}notice.html`);

    // The popup on the typo page: reveal, dismiss and restore, overlay off and on, re-audit, export.
    const typo = pages[0]!;
    const popup = await openPopup(typo);
    const finding = popup.locator('.group--error [data-finding]').first();
    await finding.locator('.finding__body').click();
    await finding.locator('.finding__dismiss').click();
    await popup.locator('.group--error .is-dismissed').first().waitFor();
    await popup.locator('.group--error .finding__dismiss').first().click();
    const toggle = popup.getByLabel('页面标记');
    await toggle.uncheck();
    await toggle.check();
    await popup.getByRole('button', { name: '重新核查' }).click();
    await popup.getByRole('button', { name: '重新核查' }).waitFor();
    for (const label of ['导出 JSON', '导出 CSV']) {
      const [file] = await Promise.all([popup.waitForEvent('download'), popup.getByRole('button', { name: label }).click()]);
      await file.saveAs(join(resultsDir, `network-${file.suggestedFilename()}`));
    }
    await popup.getByRole('button', { name: '复制 JSON' }).click();
    await popup.locator('.exportbar__note').filter({ hasText: /JSON/ }).waitFor({ timeout: 5000 }).catch(() => {});

    // The popup on the page that is not a report: "audit this page" injects the audit script.
    const other = await openPopup(notice);
    await other.getByRole('button', { name: '核查此页' }).click();
    await other.locator('.verdict__reason').waitFor({ timeout: 8000 });
    await h.screenshot(other, 'network-popup-injected');

    await new Promise((done) => setTimeout(done, 500)); // anything late: storage writes, badge updates
    const byWho = seen.reduce<Record<string, number>>((n, s) => ({ ...n, [s.by]: (n[s.by] ?? 0) + 1 }), {});
    console.info(`[network] ${seen.length} requests: ${JSON.stringify(byWho)}; the extension's: ${[...new Set(seen.filter((s) => s.by !== 'page').map((s) => s.url.replace(/^chrome-extension:\/\/[a-z]+/, '')))].join(' ')}`);

    expect(seen.filter((s) => s.by === 'page').length).toBeGreaterThan(5); // the pages were recorded
    expect(violations(seen)).toEqual([]);
    // Nothing left the machine: every URL is the pages' own server, the package, or a blob.
    expect(seen.filter((s) => !s.url.startsWith(origin) && !/^(chrome-extension|blob|data):/.test(s.url)).map((s) => s.url)).toEqual([]);
    for (const p of [popup, other, framed, notice, ...pages]) await p.close();
  });
});
