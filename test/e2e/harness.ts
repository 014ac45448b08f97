/**
 * Real-browser harness: headless Chromium with the built extension (.output/chrome-mv3) loaded,
 * pages served from 127.0.0.1 under a fake *.gov.cn host (the resolver maps it), so the
 * content scripts run exactly as they would on a government site. Recipe: /work/shared/e2e.md.
 *
 * One harness per test file; reuse its context across the file's tests (cold start ~2 s).
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Frame, type Page, type Worker } from 'playwright-core';
import { repoRoot } from '../support/paths';
import { startServer, type Mounts, type Routes } from './server';

/** The service worker's `chrome` global, as far as these helpers use it. */
declare const chrome: {
  tabs: { query(q: object): Promise<Array<{ id?: number; url?: string }>>; setZoom(tabId: number, factor: number): Promise<void> };
  action: {
    getBadgeText(d: { tabId: number }): Promise<string>;
    getBadgeBackgroundColor(d: { tabId: number }): Promise<number[]>;
  };
};

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/** CI installs Chromium and must run these tests; elsewhere they are skipped without it. */
export const hasChromium = existsSync(CHROMIUM_PATH) || !!process.env.CI;
export const extensionDir = resolve(repoRoot, '.output/chrome-mv3');
export const resultsDir = resolve(repoRoot, 'test-results');
/** Any *.gov.cn name works: --host-resolver-rules sends them all to 127.0.0.1. */
export const FAKE_HOST = 'www.example.gov.cn';
/** The tag of the overlay's shadow host (components/overlay/mount.ts). */
export const OVERLAY_HOST = 'gov-report-audit-overlay';

export interface Badge {
  text: string;
  /** RGBA, 0-255 */
  color: [number, number, number, number];
}

export interface Harness {
  context: BrowserContext;
  extensionId: string;
  /** The extension's service worker (re-read each call: Chrome may restart it). */
  worker(): Promise<Worker>;
  /**
   * Serves a directory (or several, by URL prefix) and optional in-memory pages on a random port.
   * Returns the base URL on the fake host, e.g. `http://www.example.gov.cn:40123/`.
   */
  serve(mounts: string | Mounts, routes?: Routes): Promise<string>;
  /** A new tab (the persistent context's first blank tab is reused once). */
  newPage(): Promise<Page>;
  /** Chrome's tab id of a page, for tabs/action APIs evaluated in the worker. */
  tabId(page: Page): Promise<number>;
  /** The toolbar badge of the page's tab. */
  badge(page: Page): Promise<Badge>;
  /** Waits until the badge of the page's tab satisfies `accept` (the audit is asynchronous). */
  waitForBadge(page: Page, accept: (b: Badge) => boolean, timeoutMs?: number): Promise<Badge>;
  /** Browser zoom of the page's tab (as Ctrl +/-), e.g. 1.5. */
  zoom(page: Page, factor: number): Promise<void>;
  /** Saves a full-page PNG under test-results/ and returns its path. */
  screenshot(page: Page, name: string): Promise<string>;
  /** Every request the browser made to a host other than the fake one (must stay empty). */
  foreignRequests: string[];
  close(): Promise<void>;
}

export interface LaunchOptions {
  /** Extension UI language: 'zh-CN' (default) or 'en'. */
  lang?: string;
  viewport?: { width: number; height: number };
  /** A visible window (the demo, when there is a display). */
  headed?: boolean;
  /** A browser profile to reuse (a restart); the caller removes it. Default: a fresh one, removed on close. */
  profileDir?: string;
}

export async function launchWithExtension(options: LaunchOptions = {}): Promise<Harness> {
  if (!existsSync(join(extensionDir, 'manifest.json'))) {
    throw new Error(`No build at ${extensionDir}: run \`npx wxt build\` (test/e2e/global-setup.ts does).`);
  }
  const lang = options.lang ?? 'zh-CN';
  const profile = options.profileDir ?? mkdtempSync(join(tmpdir(), 'gra-e2e-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: !options.headed,
    locale: lang,
    viewport: options.viewport ?? { width: 1280, height: 900 },
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
      '--host-resolver-rules=MAP *.gov.cn 127.0.0.1',
    ],
  });

  const first = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(first.url()).host;
  const servers: Array<{ close(): Promise<void> }> = [];
  const foreignRequests: string[] = [];
  context.on('request', (request) => {
    const url = new URL(request.url());
    const local = url.hostname.endsWith('.gov.cn') || url.protocol === 'chrome-extension:' || url.protocol === 'data:' || url.protocol === 'about:';
    if (!local) foreignRequests.push(request.url());
  });

  const worker = async (): Promise<Worker> => {
    const live = context.serviceWorkers().filter((w) => w.url().startsWith(`chrome-extension://${extensionId}/`));
    return live.at(-1) ?? (await context.waitForEvent('serviceworker'));
  };

  let blankReused = false;
  const newPage = async (): Promise<Page> => {
    const blank = context.pages().find((p) => p.url() === 'about:blank');
    if (!blankReused && blank) {
      blankReused = true;
      return blank;
    }
    return context.newPage();
  };

  const tabId = async (page: Page): Promise<number> => {
    const url = page.url();
    const id = await (await worker()).evaluate(async (u) => {
      const tabs = await chrome.tabs.query({});
      return tabs.find((t) => t.url === u)?.id ?? -1;
    }, url);
    if (id < 0) throw new Error(`No tab found for ${url}`);
    return id;
  };

  const badge = async (page: Page): Promise<Badge> => {
    const id = await tabId(page);
    return (await worker()).evaluate(async (tab) => {
      const [text, color] = await Promise.all([
        chrome.action.getBadgeText({ tabId: tab }),
        chrome.action.getBadgeBackgroundColor({ tabId: tab }),
      ]);
      return { text, color: color as [number, number, number, number] };
    }, id);
  };

  const waitForBadge = async (page: Page, accept: (b: Badge) => boolean, timeoutMs = 5000): Promise<Badge> => {
    const until = Date.now() + timeoutMs;
    let last = await badge(page);
    while (!accept(last)) {
      if (Date.now() > until) throw new Error(`Badge still ${JSON.stringify(last)} after ${timeoutMs} ms`);
      await new Promise((r) => setTimeout(r, 50));
      last = await badge(page);
    }
    return last;
  };

  const zoom = async (page: Page, factor: number): Promise<void> => {
    const id = await tabId(page);
    await (await worker()).evaluate(([tab, f]) => chrome.tabs.setZoom(tab, f), [id, factor] as const);
  };

  const screenshot = async (page: Page, name: string): Promise<string> => {
    mkdirSync(resultsDir, { recursive: true });
    const path = join(resultsDir, name.endsWith('.png') ? name : `${name}.png`);
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
      return `http://${FAKE_HOST}:${server.port}/`;
    },
    newPage,
    tabId,
    badge,
    waitForBadge,
    zoom,
    screenshot,
    foreignRequests,
    async close() {
      await context.close().catch(() => {});
      await Promise.all(servers.map((s) => s.close()));
      if (!options.profileDir) rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** The overlay's shadow host in a page or frame (Playwright CSS pierces open shadow roots). */
export const overlayIn = (target: Page | Frame) => target.locator(OVERLAY_HOST);

/** Marks the overlay drew, by kind; selectors match components/overlay's data attributes. */
export type MarkKind = 'outline' | 'marker' | 'related' | 'flash' | 'tooltip' | 'chip' | 'close';
export const marksIn = (target: Page | Frame, kind: MarkKind) =>
  target.locator(`${OVERLAY_HOST} [data-gra="${kind}"]`);
