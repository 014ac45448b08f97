/**
 * Real-browser tests: ONE list of scenarios, run by TWO drivers — Chromium (playwright-core, the
 * MV3 build) and Firefox ESR (puppeteer-core over WebDriver BiDi, the MV2 build). Pages are served
 * on 127.0.0.1 under a fake *.gov.cn host, through a recording proxy that sees every request.
 *
 * How to write a browser test (new files under test/e2e/):
 *
 *   describeBrowsers('what the user sees', (name) => {
 *     let b: Driver;
 *     beforeAll(async () => { b = await launch(name); base = await b.serve({}, pages); });
 *     afterAll(async () => { expect(b.foreignRequests()).toEqual([]); await b.close(); });
 *     it('…', async () => {
 *       const tab = await b.newTab(`${base}typo.html`);
 *       await waitForChip(tab);                       // support.ts: helpers over the driver
 *       expect(await tab.count(mark('outline'))).toBe(2);
 *       const popup = await b.popup(tab);             // popup.html?tab=<id>, as a tab
 *       await popup.click({ css: 'button', text: '导出 JSON' });
 *     });
 *   });
 *
 * - Use only the Driver / Tab / Target interfaces (driver/types.ts): queries are CSS strings, with
 *   ` >>> ` to step into a shadow root; clicks and hovers are real pointer input.
 * - Every scenario runs in both browsers. One that cannot says why, with
 *   `describeBrowsers(title, body, { only: 'chromium', why: '…' })`; for Chromium-only measuring
 *   (CDP traces) `launchChromium` gives the Playwright session itself.
 * - One launch per describe block (Chromium ~2 s, Firefox ~4 s); one tab per test, closed after it.
 * - Screenshots: `tab.screenshot(name)` → test-results/; prefix names with the browser's name.
 */
import { existsSync } from 'node:fs';
import { describe } from 'vitest';
import { CHROMIUM_PATH, chromiumDriver, launchChromium } from './driver/chromium';
import { FIREFOX_PATH, launchFirefox } from './driver/firefox';
import type { BrowserName, Driver, LaunchOptions, Query } from './driver/types';

export { CHROMIUM_PATH, FAKE_HOST, chromeExtensionDir, chromiumDriver, launchChromium, resultsDir, type ChromiumSession } from './driver/chromium';
export { FIREFOX_PATH } from './driver/firefox';
export type { Badge, BrowserName, Download, Driver, LaunchOptions, Query, Tab, Target } from './driver/types';

export const BROWSER_NAMES: readonly BrowserName[] = ['chromium', 'firefox'];

/** CI installs both browsers and must run every scenario; elsewhere a missing browser is skipped. */
export const installed = (name: BrowserName): boolean =>
  existsSync(name === 'chromium' ? CHROMIUM_PATH : FIREFOX_PATH) || !!process.env.CI;

/** Chromium or Firefox with the built extension, behind the same interface. */
export async function launch(name: BrowserName, options: LaunchOptions = {}): Promise<Driver> {
  return name === 'chromium' ? chromiumDriver(await launchChromium(options)) : launchFirefox(options);
}

/**
 * `describe` once per browser (titled "… · chromium", "… · firefox"). `only` limits it to one
 * browser, and `why` must say what makes the scenario that browser's alone.
 */
export function describeBrowsers(title: string, body: (name: BrowserName) => void, only?: { only: BrowserName; why: string }): void {
  for (const name of BROWSER_NAMES) {
    if (only && only.only !== name) continue;
    describe.skipIf(!installed(name))(`${title} · ${name}`, () => body(name));
  }
}

/** The tag of the overlay's shadow host (components/overlay/mount.ts). */
export const OVERLAY_HOST = 'gov-report-audit-overlay';

/** Marks the overlay drew, by kind; selectors match components/overlay's data attributes. */
export type MarkKind = 'outline' | 'marker' | 'related' | 'flash' | 'tooltip' | 'chip' | 'close';
export const mark = (kind: MarkKind, more = ''): Query => `${OVERLAY_HOST} >>> [data-gra="${kind}"]${more}`;
