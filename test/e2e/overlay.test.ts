/**
 * The overlay on a report page: the right cells, the chip, the badge; it never moves the page,
 * follows scroll, resize and zoom, and one action removes it. Screenshots go to test-results/.
 */
import { afterAll, afterEach, beforeAll, expect, it } from 'vitest';
import { BADGE_COLORS } from '../../utils/badge';
import { describeBrowsers, launch, mark, OVERLAY_HOST, type Driver, type Tab } from './harness';
import { reportPages } from './pages/report';
import { failingCells, hoverMark, nodeAudit, outlineDrift, outlineKeys, overlayTime, pageBoxes, recordOverlayTime, waitForChip } from './support';

const hex = (rgba: number[]) => `#${rgba.slice(0, 3).map((n) => n.toString(16).padStart(2, '0')).join('')}`;

describeBrowsers('overlay on a report page', (name) => {
  let b: Driver;
  let base: string;
  const pages = reportPages();

  beforeAll(async () => {
    b = await launch(name);
    base = await b.serve({}, pages);
  });
  afterAll(async () => {
    expect(b?.foreignRequests() ?? []).toEqual([]); // zero network requests beyond the page itself
    await b?.close();
  });

  // One tab per test, closed after it even when the test fails, so failures do not cascade.
  let current: Tab | null = null;
  afterEach(async () => {
    await current?.close().catch(() => {});
    current = null;
  });

  const open = async (path: string): Promise<Tab> => {
    const tab = await b.newTab();
    current = tab;
    await recordOverlayTime(tab);
    await tab.goto(base + path.slice(1));
    return tab;
  };

  it('outlines exactly the failing cells of a report with an error, and the chip and badge count them', async () => {
    const tab = await open('/typo.html');
    await waitForChip(tab);
    const expected = nodeAudit(pages['/typo.html']!, await tab.url());
    expect(expected.verdict.status).toBe('errors');

    expect(await outlineKeys(tab)).toEqual(failingCells(expected));
    expect(await tab.attr(mark('chip', ' [data-count="error"]'), 'data-n')).toBe(String(expected.verdict.counts.error));
    expect(await tab.attr(mark('chip'), 'data-status')).toBe('errors');

    const badge = await b.waitForBadge(tab, (x) => x.text !== '');
    expect(badge.text).toBe(String(expected.verdict.counts.error));
    expect(hex(badge.color)).toBe(BADGE_COLORS.error);

    const t = await overlayTime(tab);
    console.info(`[timing] ${name} typo.html: overlay ${t.overlayAt?.toFixed(0)} ms after navigation start, load event at ${t.loadEnd?.toFixed(0)} ms`);
    await tab.screenshot(`${name}-overlay-typo-zh`, { fullPage: true });
  });

  it('shows what a finding is about on hover, and lights the cells it was computed from', async () => {
    const tab = await open('/typo.html');
    await waitForChip(tab);
    await hoverMark(tab, 'marker');
    await tab.waitFor(mark('tooltip'));
    // The rule by its title, then the numbers that explain the total; expected and actual said once.
    const said = (await tab.text(mark('tooltip'))) ?? '';
    expect(said).toMatch(/^表三\S+ · 错误 T3-/);
    expect(said).toMatch(/据以计算的单元格：.*\d/);
    expect(said.match(/应为 \d+/g)).toHaveLength(1);
    expect(await tab.count(mark('related'))).toBeGreaterThan(0);
    await tab.screenshot(`${name}-overlay-tooltip-zh`);
    await tab.pointer(5, 5);
    await tab.waitFor(mark('tooltip'), { gone: true });
    expect(await tab.count(mark('related'))).toBe(0);
  });

  it('opens each tooltip beside its cell, over none of the cells it was computed from', async () => {
    const tab = await open('/typo.html');
    await waitForChip(tab);
    const markers = await tab.count(mark('marker'));
    expect(markers).toBeGreaterThan(1);
    // Each marker in the middle of the window, then at its foot (where below has no room), opened
    // by keyboard focus so that nothing scrolls it back into the middle.
    for (const [i, at] of Array.from({ length: markers }, (_, i) => [[i, 'middle'], [i, 'foot']] as const).flat()) {
      // The scroll's own event first (it closes an open tooltip), then the focus.
      await tab.evaluate(async ([n, where]) => {
        const marker = document.querySelector('gov-report-audit-overlay')!.shadowRoot!.querySelectorAll<HTMLElement>('[data-gra="marker"]')[n]!;
        scrollBy(0, marker.getBoundingClientRect().top - (where === 'middle' ? innerHeight / 2 : innerHeight - 60));
        await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
        marker.focus({ preventScroll: true });
      }, [i, at] as const);
      await tab.waitFor(mark('tooltip'));
      await tab.waitFor(mark('related'));
      // Viewport rects of the open tooltip and of the lit cells (their outlines drawn 1 px outside
      // the cell: 2 px in from each side is the cell itself).
      const covered = await tab.evaluate(() => {
        const root = document.querySelector('gov-report-audit-overlay')!.shadowRoot!;
        const tip = root.querySelector('[data-gra="tooltip"]')!.getBoundingClientRect();
        return [...root.querySelectorAll('[data-gra="related"]')].filter((el) => {
          const r = el.getBoundingClientRect();
          return r.left + 2 < tip.right && tip.left < r.right - 2 && r.top + 2 < tip.bottom && tip.top < r.bottom - 2;
        }).map((el) => el.getAttribute('data-cell'));
      });
      expect(covered, `tooltip of marker ${i} at the window's ${at}`).toEqual([]);
      if (at === 'foot') await tab.screenshot(`${name}-overlay-tooltip-beside-${i}-zh`);
      await tab.evaluate(() => (document.querySelector('gov-report-audit-overlay')!.shadowRoot!.activeElement as HTMLElement | null)?.blur());
      await tab.waitFor(mark('tooltip'), { gone: true });
    }
  });

  it('does not move any element of the page, even with a tooltip open', async () => {
    const tab = await open('/typo.html');
    await waitForChip(tab);
    const withOverlay = await pageBoxes(tab);
    await hoverMark(tab, 'marker');
    await tab.waitFor(mark('tooltip'));
    const withTooltip = await pageBoxes(tab);
    await b.sendToTab(tab, { type: 'set-overlay', visible: false });
    await tab.waitFor(OVERLAY_HOST, { gone: true });
    const without = await pageBoxes(tab);
    expect(withOverlay).toEqual(without);
    expect(withTooltip).toEqual(without);
  });

  it('follows scroll, resize and zoom', async () => {
    const tab = await open('/typo.html');
    await waitForChip(tab);
    const aligned = async () => expect(Math.max(...(await outlineDrift(tab)))).toBeLessThanOrEqual(1);
    const settle = () => new Promise((done) => setTimeout(done, 150));
    await aligned();
    await tab.evaluate(() => scrollTo(0, 0));
    await aligned();
    await tab.setViewport({ width: 700, height: 900 }); // the tables reflow
    await settle();
    await aligned();
    await b.zoom(tab, 1.5);
    await expect.poll(() => tab.evaluate(() => devicePixelRatio)).toBeGreaterThanOrEqual(1.5);
    await settle();
    await aligned();
    await tab.evaluate(() => document.querySelector('gov-report-audit-overlay')?.shadowRoot?.querySelector('[data-gra="marker"]')?.scrollIntoView({ block: 'center', inline: 'center' }));
    await tab.screenshot(`${name}-overlay-typo-zoom150-narrow`);
  });

  it('removes every mark with the close button, and with set-overlay', async () => {
    const tab = await open('/typo.html');
    await waitForChip(tab);
    await tab.click(mark('close'));
    await tab.waitFor(OVERLAY_HOST, { gone: true });
    expect(await b.sendToTab(tab, { type: 'get-audit' })).toMatchObject({ overlayVisible: false, audit: { verdict: { status: 'errors' } } });

    await b.sendToTab(tab, { type: 'set-overlay', visible: true });
    await waitForChip(tab);
    expect((await outlineKeys(tab)).length).toBeGreaterThan(0);
    await b.sendToTab(tab, { type: 'set-overlay', visible: false });
    await tab.waitFor(OVERLAY_HOST, { gone: true });
  });

  it('scrolls to a finding and flashes it on reveal', async () => {
    const tab = await open('/typo.html');
    await waitForChip(tab);
    const reply = (await b.sendToTab(tab, { type: 'get-audit' })) as { audit: { findings: Array<{ id: string; cells: unknown[] }> } };
    const target = reply.audit.findings.find((f) => f.cells.length > 0)!;
    expect(await b.sendToTab(tab, { type: 'reveal', findingId: target.id })).toEqual({ revealed: true });
    await tab.waitFor(mark('flash'));
    await expect.poll(() => tab.evaluate(() => scrollY)).toBeGreaterThan(0);
    expect(await b.sendToTab(tab, { type: 'reveal', findingId: 'no-such-finding' })).toBeUndefined();
  });

  it('marks nothing on a clean report, and the badge shows a tick', async () => {
    const tab = await open('/clean.html');
    const expected = nodeAudit(pages['/clean.html']!, await tab.url());
    expect(expected.verdict.status).toBe('pass');
    await waitForChip(tab);
    expect(await tab.attr(mark('chip'), 'data-status')).toBe('pass');
    expect(await tab.count(mark('outline'))).toBe(0);
    const badge = await b.waitForBadge(tab, (x) => x.text !== '');
    expect(badge.text).toBe('✓');
    await tab.screenshot(`${name}-overlay-clean-zh`, { fullPage: true });
  });

  it('adds nothing at all to a .gov.cn page that is not a report', async () => {
    const tab = await open('/notice.html');
    await new Promise((done) => setTimeout(done, 1500)); // past the detector's idle run and its first look again
    expect(await tab.count(OVERLAY_HOST)).toBe(0);
    expect((await b.badge(tab)).text).toBe('');
    expect(await b.sendToTab(tab, { type: 'get-audit' })).toBeUndefined(); // no audit script there
  });
});
