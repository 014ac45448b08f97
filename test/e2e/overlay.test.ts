/**
 * The overlay on a report page: the right cells, the chip, the badge; it never moves the page,
 * follows scroll, resize and zoom, and one action removes it. Screenshots go to test-results/.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { BADGE_COLORS } from '../../utils/badge';
import { hasChromium, launchWithExtension, marksIn, overlayIn, resultsDir, type Harness } from './harness';
import { reportPages } from './pages/report';
import { failingCells, hoverMark, nodeAudit, outlineDrift, outlineKeys, overlayTime, pageBoxes, recordOverlayTime, sendToTab, waitForChip } from './support';

const hex = (rgba: number[]) => `#${rgba.slice(0, 3).map((n) => n.toString(16).padStart(2, '0')).join('')}`;

describe.skipIf(!hasChromium)('overlay on a report page', () => {
  let h: Harness;
  let base: string;
  const pages = reportPages();

  beforeAll(async () => {
    h = await launchWithExtension();
    base = await h.serve({}, pages);
  });
  afterAll(async () => {
    expect(h?.foreignRequests ?? []).toEqual([]); // zero network requests beyond the page itself
    await h?.close();
  });

  // One tab per test, closed after it even when the test fails, so failures do not cascade.
  let current: Page | null = null;
  afterEach(async () => {
    await current?.close().catch(() => {});
    current = null;
  });

  const open = async (path: string): Promise<Page> => {
    const page = await h.newPage();
    current = page;
    await recordOverlayTime(page);
    await page.goto(base + path.slice(1));
    return page;
  };

  it('outlines exactly the failing cells of a report with an error, and the chip and badge count them', async () => {
    const page = await open('/typo.html');
    await waitForChip(page);
    const expected = nodeAudit(pages['/typo.html']!, page.url());
    expect(expected.verdict.status).toBe('errors');

    expect(await outlineKeys(page)).toEqual(failingCells(expected));
    const errors = marksIn(page, 'chip').locator('[data-count="error"]');
    expect(await errors.getAttribute('data-n')).toBe(String(expected.verdict.counts.error));
    expect(await marksIn(page, 'chip').getAttribute('data-status')).toBe('errors');

    const badge = await h.waitForBadge(page, (b) => b.text !== '');
    expect(badge.text).toBe(String(expected.verdict.counts.error));
    expect(hex(badge.color)).toBe(BADGE_COLORS.error);

    const t = await overlayTime(page);
    console.info(`[timing] typo.html: overlay ${t.overlayAt?.toFixed(0)} ms after navigation start, load event at ${t.loadEnd?.toFixed(0)} ms`);
    await h.screenshot(page, 'overlay-typo-zh');
    await page.close();
  });

  it('shows what a finding is about on hover, and lights the cells it was computed from', async () => {
    const page = await open('/typo.html');
    await waitForChip(page);
    await hoverMark(page, 'marker');
    const tooltip = marksIn(page, 'tooltip');
    await tooltip.waitFor();
    // The rule by its title, then the numbers that explain the total; expected and actual said once.
    const said = (await tooltip.textContent()) ?? '';
    expect(said).toMatch(/^表三\S+ · 错误 T3-/);
    expect(said).toMatch(/据以计算的单元格：.*\d/);
    expect(said.match(/应为 \d+/g)).toHaveLength(1);
    expect(await marksIn(page, 'related').count()).toBeGreaterThan(0);
    await page.screenshot({ path: join(resultsDir, 'overlay-tooltip-zh.png') });
    await page.mouse.move(5, 5);
    await tooltip.waitFor({ state: 'detached' });
    expect(await marksIn(page, 'related').count()).toBe(0);
    await page.close();
  });

  it('does not move any element of the page, even with a tooltip open', async () => {
    const page = await open('/typo.html');
    await waitForChip(page);
    const withOverlay = await pageBoxes(page);
    await hoverMark(page, 'marker');
    const withTooltip = await pageBoxes(page);
    await sendToTab(h, page, { type: 'set-overlay', visible: false });
    await overlayIn(page).waitFor({ state: 'detached' });
    const without = await pageBoxes(page);
    expect(withOverlay).toEqual(without);
    expect(withTooltip).toEqual(without);
    await page.close();
  });

  it('follows scroll, resize and zoom', async () => {
    const page = await open('/typo.html');
    await waitForChip(page);
    const aligned = async () => expect(Math.max(...(await outlineDrift(page)))).toBeLessThanOrEqual(1);
    await aligned();
    await page.evaluate(() => scrollTo(0, 0));
    await aligned();
    await page.setViewportSize({ width: 700, height: 900 }); // the tables reflow
    await page.waitForTimeout(100);
    await aligned();
    await h.zoom(page, 1.5);
    await page.waitForFunction(() => devicePixelRatio >= 1.5);
    await page.waitForTimeout(100);
    await aligned();
    await marksIn(page, 'marker').first().evaluate((el) => el.scrollIntoView({ block: 'center', inline: 'center' }));
    await page.screenshot({ path: join(resultsDir, 'overlay-typo-zoom150-narrow.png') });
    await page.close();
  });

  it('removes every mark with the close button, and with set-overlay', async () => {
    const page = await open('/typo.html');
    await waitForChip(page);
    await marksIn(page, 'close').click();
    await expect.poll(() => overlayIn(page).count()).toBe(0);
    expect(await sendToTab(h, page, { type: 'get-audit' })).toMatchObject({ overlayVisible: false, audit: { verdict: { status: 'errors' } } });

    await sendToTab(h, page, { type: 'set-overlay', visible: true });
    await waitForChip(page);
    expect((await outlineKeys(page)).length).toBeGreaterThan(0);
    await sendToTab(h, page, { type: 'set-overlay', visible: false });
    await expect.poll(() => overlayIn(page).count()).toBe(0);
    await page.close();
  });

  it('scrolls to a finding and flashes it on reveal', async () => {
    const page = await open('/typo.html');
    await waitForChip(page);
    const reply = (await sendToTab(h, page, { type: 'get-audit' })) as { audit: { findings: Array<{ id: string; cells: unknown[] }> } };
    const target = reply.audit.findings.find((f) => f.cells.length > 0)!;
    expect(await sendToTab(h, page, { type: 'reveal', findingId: target.id })).toEqual({ revealed: true });
    await marksIn(page, 'flash').first().waitFor();
    await expect.poll(() => page.evaluate(() => scrollY)).toBeGreaterThan(0);
    expect(await sendToTab(h, page, { type: 'reveal', findingId: 'no-such-finding' })).toBeUndefined();
    await page.close();
  });

  it('marks nothing on a clean report, and the badge shows a tick', async () => {
    const page = await open('/clean.html');
    const expected = nodeAudit(pages['/clean.html']!, page.url());
    expect(expected.verdict.status).toBe('pass');
    await waitForChip(page);
    expect(await marksIn(page, 'chip').getAttribute('data-status')).toBe('pass');
    expect(await marksIn(page, 'outline').count()).toBe(0);
    const badge = await h.waitForBadge(page, (b) => b.text !== '');
    expect(badge.text).toBe('✓');
    await h.screenshot(page, 'overlay-clean-zh');
    await page.close();
  });

  it('adds nothing at all to a .gov.cn page that is not a report', async () => {
    const page = await open('/notice.html');
    await page.waitForLoadState('load');
    await page.waitForTimeout(1500); // past the detector's idle run and its first look again
    expect(await overlayIn(page).count()).toBe(0);
    expect((await h.badge(page)).text).toBe('');
    expect(await sendToTab(h, page, { type: 'get-audit' })).toBeUndefined(); // no audit script there
    await page.close();
  });
});
