/**
 * What a browser scenario may ask of a browser: the driver interface both implementations
 * (driver/chromium.ts over playwright-core, driver/firefox.ts over puppeteer-core and WebDriver
 * BiDi) provide. Scenarios see nothing browser-specific: no Playwright locator, no puppeteer page.
 */
import type { Mounts, Routes } from '../server';

export type BrowserName = 'chromium' | 'firefox';

/**
 * Which elements: a CSS selector, where ` >>> ` steps into the open shadow root of the element
 * matched before it (`gov-report-audit-overlay >>> [data-gra="chip"]`); optionally only those whose
 * text contains `text`, and the `nth` of them (default: all for counts, the first for actions).
 */
export type Query = string | { css: string; text?: string; nth?: number };

/** A page or a frame in it: where scripts run and elements are read. */
export interface Target {
  url(): Promise<string>;
  /** Runs `fn` in the page's main world (the function is serialised: no closures). */
  evaluate<R, A = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R>;
  count(q: Query): Promise<number>;
  /** textContent of the first match, null when nothing matches. */
  text(q: Query): Promise<string | null>;
  texts(q: Query): Promise<string[]>;
  attr(q: Query, name: string): Promise<string | null>;
  /** Every match's attribute (elements without it give ''). */
  attrs(q: Query, name: string): Promise<string[]>;
  /** Viewport box of the first match. */
  box(q: Query): Promise<{ x: number; y: number; width: number; height: number } | null>;
  /** Waits until something matches (or, `gone`, until nothing does). */
  waitFor(q: Query, options?: { timeout?: number; gone?: boolean }): Promise<void>;
}

export interface Download {
  /** The file name the browser chose (the one the extension suggested). */
  name: string;
  text: string;
  /** Where a copy was kept, under test-results/. */
  path: string;
}

/** A browser tab. Pointer actions are real input at the element's centre, after scrolling it into view. */
export interface Tab extends Target {
  /** The frame whose URL ends with `suffix`, once it exists. */
  frame(suffix: string): Promise<Target>;
  goto(url: string): Promise<void>;
  reload(): Promise<void>;
  /** Runs `fn(arg)` in every new document of this tab before its own scripts. */
  addInitScript<A>(fn: (arg: A) => void, arg: A): Promise<void>;
  click(q: Query): Promise<void>;
  hover(q: Query): Promise<void>;
  /** Moves the pointer to viewport coordinates. */
  pointer(x: number, y: number): Promise<void>;
  setViewport(size: { width: number; height: number }): Promise<void>;
  viewport(): Promise<{ width: number; height: number }>;
  /** Saves a PNG under test-results/ (`name`.png): the viewport, the full page, or one element. */
  screenshot(name: string, options?: { fullPage?: boolean; of?: Query }): Promise<string>;
  /** Clicks `q` and returns the file that click downloaded. */
  download(q: Query, timeoutMs?: number): Promise<Download>;
  /** Runs `fn(element, arg)` on the first element `q` matches (serialised, like evaluate). */
  evaluateOn<R, A>(q: Query, fn: (el: Element, arg: A) => R | Promise<R>, arg: A): Promise<R>;
  /**
   * Calls `report` with every sign of trouble in this tab from now on: a dialog (dismissed at
   * once), a console error or warning, an uncaught page error.
   */
  onProblem(report: (what: string) => void): void;
  /** Key presses, e.g. 'Control+V' (real keyboard input). */
  press(keys: string): Promise<void>;
  bringToFront(): Promise<void>;
  close(): Promise<void>;
}

export interface Badge {
  text: string;
  /** RGBA, 0-255 */
  color: [number, number, number, number];
}

export interface LaunchOptions {
  /** Extension UI language: 'zh-CN' (default) or 'en'. */
  lang?: 'zh-CN' | 'en';
  viewport?: { width: number; height: number };
}

/** One browser with the built extension installed. One per test file (or describe block). */
export interface Driver {
  readonly name: BrowserName;
  /** Serves a directory (or several, by URL prefix) and in-memory pages; returns `http://<fake host>:<port>/`. */
  serve(mounts: string | Mounts, routes?: Routes): Promise<string>;
  /** A new tab; navigated to `url` (waiting for its load event) when given. */
  newTab(url?: string): Promise<Tab>;
  /** The popup for `tab`, opened as a tab at popup.html?tab=<id> (as a popup it would audit itself). */
  popup(tab: Tab, size?: { width: number; height: number }): Promise<Tab>;
  /** Any page of the extension by its path (e.g. 'history.html?x=1'), opened as a tab. */
  extensionPage(path: string, size?: { width: number; height: number }): Promise<Tab>;
  /** The browser's id of a tab (tabs API). */
  tabId(tab: Tab): Promise<number>;
  badge(tab: Tab): Promise<Badge>;
  /** Waits until the badge of the tab satisfies `accept` (the audit is asynchronous). */
  waitForBadge(tab: Tab, accept: (b: Badge) => boolean, timeoutMs?: number): Promise<Badge>;
  /**
   * Sends a ToContent message to the tab, as the popup does; the first answer, or undefined when
   * no frame answers (no audit script in the tab).
   */
  sendToTab(tab: Tab, msg: object): Promise<unknown>;
  /** Injects the audit script into the tab's top frame, as the popup's 「核查此页」 does. */
  injectAudit(tab: Tab): Promise<void>;
  /** Browser zoom of the tab (as Ctrl +/-), e.g. 1.5. */
  zoom(tab: Tab, factor: number): Promise<void>;
  /**
   * Runs a fetch from each part of the extension (background, an extension page, a content script
   * in `tab`) to `url + '-' + part`: a probe that the request recording sees every part.
   */
  probe(tab: Tab, url: string): Promise<void>;
  /** Every URL the browser asked the network for, in order (the recording proxy's log). */
  requests(): string[];
  /** Those not for a site we serve: they would have left the machine. Must stay empty. */
  foreignRequests(): string[];
  close(): Promise<void>;
}
