/**
 * Where the report is not simply in the page: inside an iframe, or inserted a second after load.
 * Also: a second injection of the audit script replaces the first instead of doubling it.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeBrowsers, launch, mark, OVERLAY_HOST, type Driver } from './harness';
import { reportPages } from './pages/report';
import { failingCells, nodeAudit, outlineKeys, overlayTime, recordOverlayTime, waitForChip } from './support';

describeBrowsers('reports in frames and late content', (name) => {
  let b: Driver;
  let base: string;
  const pages = reportPages();

  beforeAll(async () => {
    b = await launch(name);
    base = await b.serve({}, pages);
  });
  afterAll(async () => {
    expect(b?.foreignRequests() ?? []).toEqual([]);
    await b?.close();
  });

  it('audits a report inside an iframe on the same host', async () => {
    const tab = await b.newTab(`${base}framed.html`);
    const frame = await tab.frame('/typo.html');
    await waitForChip(frame);
    const expected = nodeAudit(pages['/typo.html']!, await frame.url());
    expect(await outlineKeys(frame)).toEqual(failingCells(expected));
    // The frame is as tall as the report: the chip sits where the reader starts, not at its far end.
    const chip = await frame.box(mark('chip'));
    expect(chip!.y + chip!.height).toBeLessThan((await tab.viewport()).height);
    // The page around it says "report" in its title but has no tables: it draws nothing.
    expect(await tab.count(OVERLAY_HOST)).toBe(0);

    // The badge and the popup hear from the frame that holds the report.
    const badge = await b.waitForBadge(tab, (x) => x.text !== '');
    expect(badge.text).toBe(String(expected.verdict.counts.error));
    const reply = (await b.sendToTab(tab, { type: 'get-audit' })) as { audit: { source: { url: string }; verdict: { status: string } } };
    expect(reply.audit.verdict.status).toBe('errors');
    expect(reply.audit.source.url).toBe(await frame.url());
    await tab.screenshot(`${name}-overlay-iframe-zh`, { fullPage: true });
    await tab.close();
  });

  it('audits tables that a page script inserts a second after load', async () => {
    const tab = await b.newTab();
    await recordOverlayTime(tab);
    await tab.goto(`${base}late.html`);
    await waitForChip(tab, 10_000);
    expect(await tab.attr(mark('chip'), 'data-status')).toBe('pass');
    expect((await b.waitForBadge(tab, (x) => x.text !== '')).text).toBe('✓');
    const t = await overlayTime(tab);
    console.info(`[timing] ${name} late.html (content at +1000 ms): overlay ${t.overlayAt?.toFixed(0)} ms after navigation start`);
    await tab.close();
  });

  it('re-audits when the report changes after the first audit', async () => {
    const tab = await b.newTab(`${base}clean.html`);
    await waitForChip(tab);
    expect(await tab.count(mark('outline'))).toBe(0);
    // The site swaps in a corrected version with a typo: the overlay must follow.
    const typo = pages['/typo.html']!;
    await tab.evaluate((html) => {
      document.body.innerHTML = new DOMParser().parseFromString(html, 'text/html').body.innerHTML;
    }, typo);
    const expected = nodeAudit(typo, await tab.url());
    await expect.poll(() => outlineKeys(tab), { timeout: 5000 }).toEqual(failingCells(expected));
    expect((await b.waitForBadge(tab, (x) => x.text !== '✓')).text).toBe(String(expected.verdict.counts.error));
    await tab.close();
  });

  it('keeps one overlay when the audit script is injected again', async () => {
    const tab = await b.newTab(`${base}typo.html`);
    await waitForChip(tab);
    const before = await outlineKeys(tab);
    await b.injectAudit(tab);
    await b.injectAudit(tab);
    await new Promise((done) => setTimeout(done, 300));
    expect(await tab.count(OVERLAY_HOST)).toBe(1);
    expect(await tab.count(mark('chip'))).toBe(1);
    expect(await outlineKeys(tab)).toEqual(before);
    // Exactly one listener answers: a second one would be a second audit in the same frame.
    expect(await b.sendToTab(tab, { type: 'audit-now' })).toMatchObject({ audit: { verdict: { status: 'errors' } } });
    await tab.close();
  });

  it('audits a page injected by hand, and answers for a page that is not a report', async () => {
    // What the popup's "audit this page" does on a page the detector passed over.
    const tab = await b.newTab(`${base}notice.html`);
    await b.injectAudit(tab);
    const reply = (await b.sendToTab(tab, { type: 'audit-now' })) as { audit: { verdict: { status: string } } };
    expect(reply.audit.verdict.status).toBe('not-a-report');
    expect(await tab.count(OVERLAY_HOST)).toBe(0);
    await tab.close();
  });
});
