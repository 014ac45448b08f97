// 'wxt/browser', not '#imports': the build aliases it to the polyfill all the same, and under
// vitest's jsdom '#imports' drags in wxt/testing (and esbuild, which jsdom's globals break).
import { browser } from 'wxt/browser';
import type { Bilingual } from '../../lib/model';

/**
 * Keys this popup owns in public/_locales/<locale>/messages.json (test/popup/i18n.test.ts checks
 * both files), and those of the results page, which shows the popup's parts on a whole tab.
 */
export type PopupKey = `popup_${string}` | `results_${string}`;

type GetMessage = (name: string, substitutions?: string | string[]) => string;

/**
 * A UI string in the browser's language (zh_CN by default). WXT types getMessage with the keys it
 * found at its last `prepare`; ours are checked by a test instead, so the call is loosened here.
 * A key with no message shows itself rather than a blank: a missing string is then easy to spot.
 */
export function t(key: PopupKey, ...substitutions: Array<string | number>): string {
  const i18n = browser.i18n as unknown as { getMessage: GetMessage };
  const text = i18n.getMessage(key, substitutions.length ? substitutions.map(String) : undefined);
  return text || key;
}

/** Optional strings owned by others (e.g. the overlay's rule formulas): empty when absent. */
export function maybe(key: string): string {
  try {
    return (browser.i18n as unknown as { getMessage: GetMessage }).getMessage(key) || '';
  } catch {
    return '';
  }
}

/** Which half of a bilingual text to show: it follows the locale file Chrome picked. */
export const lang = (): 'zh' | 'en' => (t('popup_lang') === 'en' ? 'en' : 'zh');
export const pick = (text: Bilingual): string => (lang() === 'en' ? text.en || text.zh : text.zh || text.en);
