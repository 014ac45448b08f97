/**
 * Chrome's MV3 service worker sleeps and is restarted: a message wakes it, and the page's audit
 * works across a restart because the background keeps nothing in memory between messages (the
 * audit script sends its whole reading each time; dismissals and history are in storage).
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeBrowsers, launchChromium, type ChromiumSession } from './harness';
import { reportPages } from './pages/report';
import { failingCells, nodeAudit, outlineKeys, waitForChip } from './support';

describeBrowsers(
  'the audit across a service worker restart',
  () => {
    let h: ChromiumSession;
    let base: string;
    const pages = reportPages();

    beforeAll(async () => {
      h = await launchChromium();
      base = await h.serve({}, pages);
    });
    afterAll(async () => {
      expect(h?.proxy.foreign() ?? []).toEqual([]);
      await h?.close();
    });

    /** Stops the extension's service worker as Chrome does when it idles; a marker set in it beforehand tells a restarted one apart. */
    const stopWorker = async () => {
      await (await h.worker()).evaluate(`globalThis.graBeforeStop = true`);
      const page = await h.newPage();
      await page.goto(`chrome-extension://${h.extensionId}/history.html`);
      const cdp = await h.context.newCDPSession(page);
      await cdp.send('ServiceWorker.enable');
      await cdp.send('ServiceWorker.stopAllWorkers');
      await cdp.detach();
      return page;
    };
    const restarted = async () => !(await (await h.worker()).evaluate(`globalThis.graBeforeStop === true`));

    it('audits a page and re-audits an open one with a worker that was stopped', async () => {
      const first = await h.newPage();
      await first.goto(`${base}typo.html`);
      // Asked of the worker, so before it stops.
      const tabId = await h.tabId(first);
      await waitForChip(h.tab(first));
      const expected = failingCells(nodeAudit(pages['/typo.html']!, first.url()));

      // A page opened after the worker stopped: the detector's message wakes it, the audit's is answered.
      const extPage = await stopWorker();
      const second = await h.newPage();
      await second.goto(`${base}typo.html`);
      await waitForChip(h.tab(second));
      expect(await outlineKeys(h.tab(second))).toEqual(expected);
      expect(await restarted()).toBe(true);

      // The page opened before: its audit script asks the restarted worker again, and gets the same audit.
      await extPage.close();
      const again = await stopWorker();
      const reply = (await again.evaluate(`chrome.tabs.sendMessage(${tabId}, { type: 'audit-now' })`)) as { audit: { verdict: { status: string } } };
      expect(reply.audit.verdict.status).toBe('errors');
      expect(await restarted()).toBe(true);
      expect(await outlineKeys(h.tab(first))).toEqual(expected);
      await again.close();
      await first.close();
      await second.close();
    });
  },
  { only: 'chromium', why: 'Chrome MV3 has a service worker that stops (stopped here through CDP); Firefox MV2 has a background page that stays' },
);
