import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { render, type ComponentChild } from 'preact';
import { act } from 'preact/test-utils';
import { vi } from 'vitest';
import { browser } from 'wxt/browser';

// Not test/support/paths: under jsdom its `new URL` is jsdom's, which node:url refuses.
const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

type Messages = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;

export const readMessages = (locale: 'zh_CN' | 'en'): Messages =>
  JSON.parse(readFileSync(resolve(repoRoot, 'public/_locales', locale, 'messages.json'), 'utf8')) as Messages;

/**
 * chrome.i18n.getMessage over our real locale files, with Chrome's substitution rules
 * ($NAME$ → the placeholder's content, $1… → the substitutions): tests read the texts users read.
 * Unknown keys give '' as in Chrome.
 */
export function useLocale(locale: 'zh_CN' | 'en'): void {
  const messages = readMessages(locale);
  const lower = Object.fromEntries(Object.entries(messages).map(([k, v]) => [k.toLowerCase(), v]));
  vi.spyOn(browser.i18n, 'getMessage').mockImplementation(((name: string, subs?: string | string[]) => {
    const entry = lower[name.toLowerCase()];
    if (!entry) return '';
    const list = subs === undefined ? [] : Array.isArray(subs) ? subs : [subs];
    const fill = (s: string) => s.replace(/\$(\d)/g, (_, n: string) => list[Number(n) - 1] ?? '');
    const placeholders = Object.fromEntries(Object.entries(entry.placeholders ?? {}).map(([k, v]) => [k.toLowerCase(), v.content]));
    return entry.message
      .replace(/\$([A-Za-z0-9_@]+)\$/g, (m, key: string) => (key.toLowerCase() in placeholders ? fill(placeholders[key.toLowerCase()]!) : m))
      .replace(/\$\$/g, '$');
  }) as typeof browser.i18n.getMessage);
}

/** Renders into a fresh container in document.body and flushes effects. */
export async function mount(vnode: ComponentChild): Promise<HTMLElement> {
  const root = document.createElement('div');
  document.body.append(root);
  await act(() => {
    render(vnode, root);
  });
  return root;
}

export async function unmountAll(): Promise<void> {
  for (const root of [...document.body.children]) {
    await act(() => render(null, root));
    root.remove();
  }
}

export async function click(el: Element | null | undefined): Promise<void> {
  if (!el) throw new Error('nothing to click');
  await act(() => {
    (el as HTMLElement).click();
  });
}

/** Lets pending promises (fake API calls) settle inside act(). */
export async function settle(ms = 0): Promise<void> {
  await act(() => new Promise<void>((done) => setTimeout(done, ms)));
}

/** The words a reader sees, one space between elements' texts (CSS gaps separate them on screen). */
export function text(el: Element | null | undefined): string {
  if (!el) return '';
  const walker = el.ownerDocument.createTreeWalker(el, 4 /* NodeFilter.SHOW_TEXT */);
  const parts: string[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) parts.push(node.textContent ?? '');
  return parts.map((p) => p.trim()).filter(Boolean).join(' ');
}

/** Opens or closes a details element as a click on its summary does, once jsdom's toggle event has run. */
export async function toggle(details: Element | null | undefined): Promise<void> {
  await click(details?.querySelector(':scope > summary'));
  await settle();
}
