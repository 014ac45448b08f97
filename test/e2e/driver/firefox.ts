/**
 * Firefox: Debian's firefox-esr over WebDriver BiDi (built into Firefox) with puppeteer-core,
 * the built MV2 extension installed (.output/firefox-mv2). Recipe and quirks: /work/shared/e2e.md.
 *
 * - The extension's UUID is fixed by a pref, so its pages live at moz-extension://<UUID>/.
 * - BiDi may not navigate a tab to a moz-extension: URL unless the remote agent is started with
 *   --remote-allow-system-access; even then puppeteer never sees that navigation finish. So one
 *   "control" tab is sent to our popup.html once (not awaited), and every other extension page
 *   (the popups the tests open) is opened from it with tabs.create. The control page is where
 *   extension APIs run (tabs, badge, scripting: what the service worker does for Chromium).
 * - Downloads go to a temporary directory set by prefs, without asking.
 * - With every request going through the proxy, `page.goto` works (the recipe's "Address rejected"
 *   for direct connections to 127.0.0.1 does not arise), so web pages are navigated normally.
 * - Every request goes through the recording proxy (server.ts); MOZ_REMOTE_SETTINGS_DEVTOOLS=1
 *   lets puppeteer's pref point remote settings at a data: URL, so Firefox's own update traffic
 *   does not reach the proxy either: what it records is ours.
 */
import { existsSync, mkdtempSync, readFileSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser, type Frame, type Page } from 'puppeteer-core';
import { repoRoot } from '../../support/paths';
import { startProxy, startServer } from '../server';
import { FAKE_HOST, isLocalHost, pngPath, resultsDir } from './chromium';
import { centerOf, domOp, elementArgs, scripted, type Evaluate } from './dom';
import { extensionOps, pollBadge } from './extension';
import type { Driver, LaunchOptions, Tab, Target } from './types';

export const FIREFOX_PATH = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
export const firefoxExtensionDir = resolve(repoRoot, '.output/firefox-mv2');
/** browser_specific_settings.gecko.id in wxt.config.ts */
const ADDON_ID = 'gov-report-audit@nianbao.hecha';
/** Fixed, so a test knows where the extension's pages are. */
const UUID = '5e0c6a52-2f7d-4c2e-9a3b-6a1d0f3c9b27';
const ORIGIN = `moz-extension://${UUID}`;

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

async function until<T>(what: string, timeoutMs: number, read: () => Promise<T | null | undefined>): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const value = await read().catch(() => null);
    if (value !== null && value !== undefined) return value;
    if (Date.now() > end) throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}`);
    await sleep(50);
  }
}

const frameTarget = (frame: Frame): Target =>
  scripted((fn, arg) => frame.evaluate(fn as never, arg as never) as never, async () => frame.url());

export async function launchFirefox(options: LaunchOptions = {}): Promise<Driver> {
  if (!existsSync(join(firefoxExtensionDir, 'manifest.json'))) {
    throw new Error(`No build at ${firefoxExtensionDir}: run \`npx wxt build -b firefox\` (test/e2e/global-setup.ts does).`);
  }
  const lang = options.lang ?? 'zh-CN';
  const viewport = options.viewport ?? { width: 1280, height: 900 };
  const downloads = mkdtempSync(join(tmpdir(), 'gra-e2e-dl-'));
  const proxy = await startProxy(isLocalHost);
  const servers: Array<{ close(): Promise<void> }> = [proxy];
  const browser: Browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX_PATH,
    headless: true,
    defaultViewport: viewport,
    args: ['--remote-allow-system-access'],
    env: { ...process.env, MOZ_REMOTE_SETTINGS_DEVTOOLS: '1' },
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [ADDON_ID]: UUID }),
      // The UI language, which the extension's i18n follows (firefox-esr-l10n-zh-cn for zh-CN).
      'intl.locale.requested': lang === 'en' ? 'en-US' : 'zh-CN',
      'browser.download.dir': downloads,
      'browser.download.folderList': 2,
      'browser.download.useDownloadDir': true,
      'browser.download.always_ask_before_handling_new_types': false,
      'browser.download.alwaysOpenPanel': false,
      // Every request, loopback included, through the recording proxy; the fake host also resolves
      // to 127.0.0.1 in case anything bypassed it (it would then miss the proxy, and fail).
      'network.proxy.type': 1,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': proxy.port,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': proxy.port,
      'network.proxy.no_proxies_on': '',
      'network.proxy.allow_hijacking_localhost': true,
      'network.dns.localDomains': FAKE_HOST,
    },
  });
  await browser.installExtension(firefoxExtensionDir);

  // The control tab: our popup page for no tab (it renders "no tab" and stays idle).
  const control = (await browser.pages())[0] ?? (await browser.newPage());
  void control.goto(`${ORIGIN}/popup.html?tab=0`, { timeout: 10_000 }).catch(() => {});
  await until('the control page', 10_000, async () => ((await control.evaluate(() => location.href)).startsWith('moz-extension:') ? true : null));
  await until('the extension API in the control page', 10_000, () =>
    control.evaluate(() => ((globalThis as { browser?: { tabs?: unknown } }).browser?.tabs ? true : null)),
  );
  const ext = extensionOps((fn, arg) => control.evaluate(fn as never, arg as never) as never);

  const pages = new WeakMap<Tab, Page>();
  const pageOf = (tab: Tab): Page => {
    const page = pages.get(tab);
    if (!page) throw new Error('Not a tab of this driver');
    return page;
  };

  const wrap = (page: Page): Tab => {
    const evaluate: Evaluate = (fn, arg) => page.evaluate(fn as never, arg as never) as never;
    const click = async (q: Parameters<Tab['click']>[0]) => {
      const { x, y } = await centerOf(evaluate, q);
      await page.mouse.click(x, y);
    };
    const tab: Tab = {
      ...scripted(evaluate, () => page.evaluate(() => location.href)),
      async frame(suffix) {
        const frame = await until(`a frame ending in ${suffix}`, 10_000, async () => page.frames().find((f) => f.url().endsWith(suffix)));
        return frameTarget(frame);
      },
      goto: async (url) => void (await page.goto(url, { waitUntil: 'load' })),
      reload: async () => void (await page.reload({ waitUntil: 'load' })),
      addInitScript: async (fn, arg) => void (await page.evaluateOnNewDocument(fn as never, arg as never)),
      click,
      async hover(q) {
        const { x, y } = await centerOf(evaluate, q);
        await page.mouse.move(x, y);
      },
      pointer: (x, y) => page.mouse.move(x, y),
      setViewport: (size) => page.setViewport(size),
      viewport: async () => page.viewport() ?? viewport,
      async screenshot(name, { fullPage = false, of } = {}) {
        const path = pngPath(name);
        if (of) {
          const handle = (await page.evaluateHandle(domOp, elementArgs(of))).asElement();
          if (!handle) throw new Error(`Nothing to photograph: ${JSON.stringify(of)}`);
          await handle.screenshot({ path });
        } else await page.screenshot({ path, fullPage });
        return path;
      },
      async download(q, timeoutMs = 10_000) {
        const before = new Set(readdirSync(downloads));
        await click(q);
        // Firefox writes `name.part` and renames it when done.
        const name = await until(`a download from ${JSON.stringify(q)}`, timeoutMs, async () => {
          const names = readdirSync(downloads);
          if (names.some((n) => n.endsWith('.part'))) return null;
          return names.find((n) => !before.has(n) && statSync(join(downloads, n)).size > 0);
        });
        // Kept under test-results/; moved out so a second download of the same name keeps its name.
        const path = join(resultsDir, `firefox-${name}`);
        renameSync(join(downloads, name), path);
        return { name, text: readFileSync(path, 'utf8'), path };
      },
      async evaluateOn(q, fn, arg) {
        const handle = (await page.evaluateHandle(domOp, elementArgs(q))).asElement();
        if (!handle) throw new Error(`Nothing matches ${JSON.stringify(q)}`);
        return handle.evaluate(fn as never, arg as never) as never;
      },
      onProblem(report) {
        page.on('dialog', (d) => {
          report(`dialog: ${d.message()}`);
          void d.dismiss().catch(() => {});
        });
        page.on('console', (m) => {
          if (m.type() === 'error' || m.type() === 'warn') report(`console ${m.type()}: ${m.text().slice(0, 300)} (${m.location().url ?? ''})`);
        });
        page.on('pageerror', (e) => report(`pageerror: ${(e as Error).message}`));
      },
      press: async (keys) => {
        const parts = keys.split('+');
        for (const k of parts.slice(0, -1)) await page.keyboard.down(k as never);
        await page.keyboard.press(parts.at(-1) as never);
        for (const k of parts.slice(0, -1).reverse()) await page.keyboard.up(k as never);
      },
      bringToFront: () => page.bringToFront(),
      close: () => page.close(),
    };
    pages.set(tab, page);
    return tab;
  };

  const tabId = async (tab: Tab) => ext.tabIdOf(await tab.url());
  const extensionPage = async (path: string, size = viewport): Promise<Tab> => {
    const page = await openExtensionPage(path, size);
    await page.setViewport(size);
    return wrap(page);
  };
  const badge = async (tab: Tab) => ext.badge(await tabId(tab));
  let popups = 0;

  /**
   * A new extension page in a window of its own, opened by the control page (BiDi cannot navigate
   * there itself). Its own window, as the real popup floats over the page: the page's tab stays
   * the visible one, and Firefox runs smooth scrolling and animations only in visible tabs.
   */
  const openExtensionPage = async (path: string, size: { width: number; height: number }): Promise<Page> => {
    const url = `${ORIGIN}/${path}${path.includes('?') ? '&' : '?'}e2e=${++popups}`;
    await control.evaluate(
      ([u, s]) =>
        (globalThis as unknown as { browser: { windows: { create(o: object): Promise<unknown> } } }).browser.windows.create({ url: u, type: 'popup', ...s }),
      [url, size] as [string, { width: number; height: number }],
    );
    return until(`${url} to open`, 10_000, async () => {
      for (const page of await browser.pages()) {
        if ((await page.evaluate(() => location.href).catch(() => '')) === url) return page;
      }
      return null;
    });
  };

  return {
    name: 'firefox',
    async serve(mounts, routes = {}) {
      const server = await startServer(typeof mounts === 'string' ? { '/': mounts } : mounts, routes);
      servers.push(server);
      proxy.route(server.port, server.handler);
      return `http://${FAKE_HOST}:${server.port}/`;
    },
    async newTab(url) {
      const tab = wrap(await browser.newPage());
      if (url) await tab.goto(url);
      return tab;
    },
    async popup(tab, size = { width: 400, height: 600 }) {
      return extensionPage(`popup.html?tab=${await tabId(tab)}`, size);
    },
    extensionPage,
    tabId,
    badge,
    waitForBadge: (tab, accept, timeoutMs = 5000) => pollBadge(() => badge(tab), accept, timeoutMs),
    sendToTab: async (tab, msg) => ext.sendToTab(await tabId(tab), msg),
    injectAudit: async (tab) => ext.injectAudit(await tabId(tab)),
    zoom: async (tab, factor) => ext.zoom(await tabId(tab), factor),
    async probe(tab, url) {
      const id = await tabId(tab);
      // MV2's background is a page: its window runs the fetch, as the background's own code would.
      await control.evaluate(
        (u) =>
          (globalThis as unknown as { browser: { extension: { getBackgroundPage(): Window } } }).browser.extension
            .getBackgroundPage()
            .fetch(`${u}-background`)
            .catch(() => null),
        url,
      );
      await control.evaluate((u) => fetch(`${u}-extension-page`).catch(() => null), url);
      await ext.probeFromContent(id, `${url}-content-script`);
    },
    requests: () => [...proxy.seen],
    foreignRequests: () => proxy.foreign(),
    async close() {
      await browser.close().catch(() => {});
      await Promise.all(servers.map((s) => s.close()));
      rmSync(downloads, { recursive: true, force: true });
    },
  };
}
