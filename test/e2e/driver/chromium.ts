/**
 * Chromium: Debian's chromium driven by playwright-core, the built MV3 extension loaded
 * (.output/chrome-mv3). `launchChromium` is the Chromium-native session (Playwright context,
 * service worker, extension id) for what only Chromium can measure (traces: scale test, bench);
 * `chromiumDriver` puts the shared Driver interface on it. Recipe: /work/shared/e2e.md.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type ElementHandle, type Frame, type Page, type Worker } from 'playwright-core';
import { repoRoot } from '../../support/paths';
import { startProxy, startServer, type Mounts, type RecordingProxy, type Routes } from '../server';
import { centerOf, domOp, elementArgs, scripted, type Evaluate } from './dom';
import { extensionOps, pollBadge } from './extension';
import type { Driver, LaunchOptions, Query, Tab, Target } from './types';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const chromeExtensionDir = resolve(repoRoot, '.output/chrome-mv3');
export const resultsDir = resolve(repoRoot, 'test-results');
/** Any *.gov.cn name works: the proxy serves our sites under it. */
export const FAKE_HOST = 'www.example.gov.cn';
export const isLocalHost = (host: string) => host === FAKE_HOST || host === '127.0.0.1';

export const pngPath = (name: string): string => {
  mkdirSync(resultsDir, { recursive: true });
  return join(resultsDir, name.endsWith('.png') ? name : `${name}.png`);
};

/**
 * Chromium keeps the last --disable-features it is given, so this repeats playwright-core
 * 1.65's own list and adds what else reaches for Google here: autofill asks about form fields
 * it sees (the popup's text field in the clipboard test).
 */
const DISABLED_FEATURES = [
  ...['AvoidUnnecessaryBeforeUnloadCheckSync', 'DestroyProfileOnBrowserClose', 'HttpsUpgrades', 'HttpsFirstBalancedModeAutoEnable'],
  ...['LensOverlay', 'MediaRouter', 'PaintHolding', 'ThirdPartyStoragePartitioning', 'AvoidCorsURLLoaderRestartOnRedirect'],
  ...['OptimizationHints', 'NetworkTimeServiceQuerying', 'AimEnabled', 'PreconnectToSearch'],
  'AutofillServerCommunication',
];

/** The Chromium-native session. */
export interface ChromiumSession {
  context: BrowserContext;
  extensionId: string;
  /** The extension's service worker (re-read each call: Chrome may restart it). */
  worker(): Promise<Worker>;
  serve(mounts: string | Mounts, routes?: Routes): Promise<string>;
  /** A new tab (the persistent context's first blank tab is reused once). */
  newPage(): Promise<Page>;
  /** Chrome's tab id of a page. */
  tabId(page: Page): Promise<number>;
  /** The shared interface's view of a Playwright page, for the helpers in support.ts. */
  tab(page: Page): Tab;
  screenshot(page: Page, name: string): Promise<string>;
  proxy: RecordingProxy;
  close(): Promise<void>;
}

/** `extensionDir`: another build of the extension (the bench's, of an earlier commit); ours by default. */
export async function launchChromium(options: LaunchOptions & { headed?: boolean; profileDir?: string; extensionDir?: string } = {}): Promise<ChromiumSession> {
  const extensionDir = options.extensionDir ?? chromeExtensionDir;
  if (!existsSync(join(extensionDir, 'manifest.json'))) {
    throw new Error(`No build at ${extensionDir}: run \`npx wxt build\` (test/e2e/global-setup.ts does).`);
  }
  const lang = options.lang ?? 'zh-CN';
  // A given profile is reused (a browser restart) and left for its owner to remove.
  const profile = options.profileDir ?? mkdtempSync(join(tmpdir(), 'gra-e2e-'));
  const proxy = await startProxy(isLocalHost);
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: !options.headed,
    locale: lang,
    viewport: options.viewport ?? { width: 1280, height: 900 },
    acceptDownloads: true,
    // The extension's i18n follows the browser's UI language, which Chromium on Linux reads from
    // LANGUAGE. Downloads are named in LC_ALL's charset: where zh_CN.UTF-8 is not installed (a bare
    // CI machine) Chinese file names would become "download"; C.UTF-8 always exists.
    env: { ...process.env, LANGUAGE: lang.replace('-', '_'), LANG: `${lang.replace('-', '_')}.UTF-8`, LC_ALL: 'C.UTF-8' },
    args: [
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      `--lang=${lang}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      '--disable-sync',
      // Every request, loopback included, through the recording proxy (server.ts)...
      `--proxy-server=http://127.0.0.1:${proxy.port}`,
      // ...but Chromium's own services (its Google-account check and component updater, which it
      // calls with or without our extension) are sent to .invalid hosts, which never resolve
      // (RFC 6761), so the proxy's list is the extension's and the pages' requests alone.
      '--gaia-url=http://gaia.invalid',
      '--component-updater=url-source=http://updates.invalid',
      '--proxy-bypass-list=<-loopback>;*.invalid',
      `--disable-features=${DISABLED_FEATURES.join(',')}`,
    ],
  });

  const first = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(first.url()).host;
  const servers: Array<{ close(): Promise<void> }> = [proxy];

  const worker = async (): Promise<Worker> => {
    const live = context.serviceWorkers().filter((w) => w.url().startsWith(`chrome-extension://${extensionId}/`));
    return live.at(-1) ?? (await context.waitForEvent('serviceworker'));
  };
  const ext = extensionOps(async (fn, arg) => (await worker()).evaluate(fn as never, arg as never));

  let blankReused = false;
  const newPage = async (): Promise<Page> => {
    const blank = context.pages().find((p) => p.url() === 'about:blank');
    if (!blankReused && blank) {
      blankReused = true;
      return blank;
    }
    return context.newPage();
  };

  const screenshot = async (page: Page, name: string): Promise<string> => {
    const path = pngPath(name);
    await page.screenshot({ path, fullPage: true });
    return path;
  };

  return {
    context,
    extensionId,
    worker,
    async serve(mounts, routes = {}) {
      const server = await startServer(typeof mounts === 'string' ? { '/': mounts } : mounts, routes);
      servers.push(server);
      proxy.route(server.port, server.handler);
      return `http://${FAKE_HOST}:${server.port}/`;
    },
    newPage,
    tabId: (page) => ext.tabIdOf(page.url()),
    tab: chromiumTab,
    screenshot,
    proxy,
    async close() {
      await context.close().catch(() => {});
      await Promise.all(servers.map((s) => s.close()));
      if (!options.profileDir) rmSync(profile, { recursive: true, force: true });
    },
  };
}

const frameTarget = (frame: Frame): Target =>
  scripted((fn, arg) => frame.evaluate(fn as never, arg as never) as never, async () => frame.url());

/** The Tab interface over a Playwright page. */
export function chromiumTab(page: Page): Tab {
  const evaluate: Evaluate = (fn, arg) => page.evaluate(fn as never, arg as never) as never;
  const click = async (q: Query) => {
    const { x, y } = await centerOf(evaluate, q);
    await page.mouse.click(x, y);
  };
  return {
    ...scripted(evaluate, async () => page.url()),
    async frame(suffix) {
      const until = Date.now() + 10_000;
      for (;;) {
        const frame = page.frames().find((f) => f.url().endsWith(suffix));
        if (frame) return frameTarget(frame);
        if (Date.now() > until) throw new Error(`No frame ending in ${suffix}`);
        await page.waitForTimeout(50);
      }
    },
    goto: async (url) => void (await page.goto(url)),
    reload: async () => void (await page.reload()),
    addInitScript: async (fn, arg) => void (await page.addInitScript(fn as never, arg as never)),
    click,
    async hover(q) {
      const { x, y } = await centerOf(evaluate, q);
      await page.mouse.move(x, y);
    },
    pointer: (x, y) => page.mouse.move(x, y),
    setViewport: (size) => page.setViewportSize(size),
    viewport: async () => page.viewportSize()!,
    async screenshot(name, { fullPage = false, of } = {}) {
      const path = pngPath(name);
      if (of) {
        const handle = (await page.evaluateHandle(domOp as never, elementArgs(of) as never)).asElement() as ElementHandle | null;
        if (!handle) throw new Error(`Nothing to photograph: ${JSON.stringify(of)}`);
        await handle.screenshot({ path });
      } else await page.screenshot({ path, fullPage });
      return path;
    },
    async download(q, timeoutMs = 10_000) {
      const waiting = page.waitForEvent('download', { timeout: timeoutMs });
      await click(q);
      const file = await waiting;
      const path = join(resultsDir, `chromium-${file.suggestedFilename()}`);
      await file.saveAs(path);
      return { name: file.suggestedFilename(), text: readFileSync(path, 'utf8'), path };
    },
    async evaluateOn(q, fn, arg) {
      const handle = (await page.evaluateHandle(domOp as never, elementArgs(q) as never)).asElement() as ElementHandle | null;
      if (!handle) throw new Error(`Nothing matches ${JSON.stringify(q)}`);
      return handle.evaluate(fn as never, arg as never) as never;
    },
    onProblem(report) {
      page.on('dialog', (d) => {
        report(`dialog: ${d.message()}`);
        void d.dismiss().catch(() => {});
      });
      page.on('console', (m) => {
        if (m.type() === 'error' || m.type() === 'warning') report(`console ${m.type()}: ${m.text().slice(0, 300)} (${m.location().url})`);
      });
      page.on('pageerror', (e) => report(`pageerror: ${e.message}`));
    },
    press: (keys) => page.keyboard.press(keys),
    bringToFront: () => page.bringToFront(),
    close: () => page.close(),
  };
}

/** The shared Driver interface over a Chromium session. */
export function chromiumDriver(session: ChromiumSession): Driver {
  const ext = extensionOps(async (fn, arg) => (await session.worker()).evaluate(fn as never, arg as never));
  const pages = new WeakMap<Tab, Page>();
  const wrap = (page: Page): Tab => {
    const tab = chromiumTab(page);
    pages.set(tab, page);
    return tab;
  };
  const pageOf = (tab: Tab): Page => {
    const page = pages.get(tab);
    if (!page) throw new Error('Not a tab of this driver');
    return page;
  };
  const tabId = (tab: Tab) => session.tabId(pageOf(tab));
  const extensionPage = async (path: string, size = { width: 1280, height: 900 }): Promise<Tab> => {
    const tab = wrap(await session.context.newPage());
    await tab.setViewport(size);
    await tab.goto(`chrome-extension://${session.extensionId}/${path}`);
    return tab;
  };
  const badge = async (tab: Tab) => ext.badge(await tabId(tab));
  return {
    name: 'chromium',
    serve: (mounts, routes) => session.serve(mounts, routes),
    async newTab(url) {
      const tab = wrap(await session.newPage());
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
      await (await session.worker()).evaluate((u) => fetch(`${u}-background`).catch(() => null), url);
      const popup = await session.context.newPage();
      await popup.goto(`chrome-extension://${session.extensionId}/popup.html?tab=${id}`);
      await popup.evaluate((u) => fetch(`${u}-extension-page`).catch(() => null), url);
      await popup.close();
      await ext.probeFromContent(id, `${url}-content-script`);
    },
    requests: () => [...session.proxy.seen],
    foreignRequests: () => session.proxy.foreign(),
    close: () => session.close(),
  };
}
