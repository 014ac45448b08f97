/**
 * Where the report is not simply in the page: inside an iframe, or inserted a second after load.
 * Also: a second injection of the audit script replaces the first instead of doubling it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Frame, Page } from 'playwright-core';
import { hasChromium, launchWithExtension, marksIn, overlayIn, type Harness } from './harness';
import { reportPages } from './pages/report';
import { failingCells, injectAudit, nodeAudit, outlineKeys, overlayTime, recordOverlayTime, sendToTab, waitForChip } from './support';

describe.skipIf(!hasChromium)('reports in frames and late content', () => {
  let h: Harness;
  let base: string;
  const pages = reportPages();

  beforeAll(async () => {
    h = await launchWithExtension();
    base = await h.serve({}, pages);
  });
  afterAll(async () => {
    expect(h?.foreignRequests ?? []).toEqual([]);
    await h?.close();
  });

  const reportFrame = async (page: Page): Promise<Frame> => {
    await expect.poll(() => page.frames().length).toBeGreaterThan(1);
    return page.frames().find((f) => f.url().endsWith('/typo.html'))!;
  };

  it('audits a report inside an iframe on the same host', async () => {
    const page = await h.newPage();
    await page.goto(`${base}framed.html`);
    const frame = await reportFrame(page);
    await waitForChip(frame);
    const expected = nodeAudit(pages['/typo.html']!, frame.url());
    expect(await outlineKeys(frame)).toEqual(failingCells(expected));
    // The frame is as tall as the report: the chip sits where the reader starts, not at its far end.
    const chip = await marksIn(frame, 'chip').boundingBox();
    expect(chip!.y + chip!.height).toBeLessThan(page.viewportSize()!.height);
    // The page around it says "report" in its title but has no tables: it draws nothing.
    expect(await overlayIn(page).count()).toBe(0);

    // The badge and the popup hear from the frame that holds the report.
    const badge = await h.waitForBadge(page, (b) => b.text !== '');
    expect(badge.text).toBe(String(expected.verdict.counts.error));
    const reply = (await sendToTab(h, page, { type: 'get-audit' })) as { audit: { source: { url: string }; verdict: { status: string } } };
    expect(reply.audit.verdict.status).toBe('errors');
    expect(reply.audit.source.url).toBe(frame.url());
    await h.screenshot(page, 'overlay-iframe-zh');
    await page.close();
  });

  it('audits tables that a page script inserts a second after load', async () => {
    const page = await h.newPage();
    await recordOverlayTime(page);
    await page.goto(`${base}late.html`);
    await waitForChip(page, 10_000);
    expect(await marksIn(page, 'chip').getAttribute('data-status')).toBe('pass');
    expect((await h.waitForBadge(page, (b) => b.text !== '')).text).toBe('✓');
    const t = await overlayTime(page);
    console.info(`[timing] late.html (content at +1000 ms): overlay ${t.overlayAt?.toFixed(0)} ms after navigation start`);
    await page.close();
  });

  it('re-audits when the report changes after the first audit', async () => {
    const page = await h.newPage();
    await page.goto(`${base}clean.html`);
    await waitForChip(page);
    expect(await marksIn(page, 'outline').count()).toBe(0);
    // The site swaps in a corrected version with a typo: the overlay must follow.
    const typo = pages['/typo.html']!;
    await page.evaluate((html) => {
      document.body.innerHTML = new DOMParser().parseFromString(html, 'text/html').body.innerHTML;
    }, typo);
    const expected = nodeAudit(typo, page.url());
    await expect.poll(() => outlineKeys(page), { timeout: 5000 }).toEqual(failingCells(expected));
    expect((await h.waitForBadge(page, (b) => b.text !== '✓')).text).toBe(String(expected.verdict.counts.error));
    await page.close();
  });

  it('keeps one overlay when the audit script is injected again', async () => {
    const page = await h.newPage();
    await page.goto(`${base}typo.html`);
    await waitForChip(page);
    const before = await outlineKeys(page);
    await injectAudit(h, page);
    await injectAudit(h, page);
    await page.waitForTimeout(300);
    expect(await overlayIn(page).count()).toBe(1);
    expect(await marksIn(page, 'chip').count()).toBe(1);
    expect(await outlineKeys(page)).toEqual(before);
    // Exactly one listener answers: a second one would be a second audit in the same frame.
    expect(await sendToTab(h, page, { type: 'audit-now' })).toMatchObject({ audit: { verdict: { status: 'errors' } } });
    await page.close();
  });

  it('audits a page injected by hand, and answers for a page that is not a report', async () => {
    // What the popup's "audit this page" does on a page the detector passed over.
    const page = await h.newPage();
    await page.goto(`${base}notice.html`);
    await injectAudit(h, page);
    const reply = (await sendToTab(h, page, { type: 'audit-now' })) as { audit: { verdict: { status: string } } };
    expect(reply.audit.verdict.status).toBe('not-a-report');
    expect(await overlayIn(page).count()).toBe(0);
    await page.close();
  });
});
