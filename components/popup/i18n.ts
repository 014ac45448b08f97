// 'wxt/browser', not '#imports': the build aliases it to the polyfill all the same, and under
// vitest's jsdom '#imports' drags in wxt/testing (and esbuild, which jsdom's globals break).
import { browser } from 'wxt/browser';
import type { Bilingual } from '../../lib/model';

/** Every message name WXT generated from public/_locales at its last `prepare`, typed. */
export type MessageKey = Parameters<typeof browser.i18n.getMessage>[0];
/**
 * The keys this popup owns (test/popup/i18n.test.ts checks both locale files), and those of the
 * results page, which shows the popup's parts on a whole tab.
 */
export type PopupKey = Extract<MessageKey, `popup_${string}` | `results_${string}`>;

/**
 * A UI string in the browser's language (zh_CN by default). A key with no message shows itself
 * rather than a blank: a missing string is then easy to spot.
 */
export function t(key: PopupKey, ...substitutions: Array<string | number>): string {
  const text = browser.i18n.getMessage(key, substitutions.length ? substitutions.map(String) : undefined);
  return text || key;
}

/** Which half of a bilingual text to show: it follows the locale file Chrome picked. */
export const lang = (): 'zh' | 'en' => (t('popup_lang') === 'en' ? 'en' : 'zh');
export const pick = (text: Bilingual): string => (lang() === 'en' ? text.en || text.zh : text.zh || text.en);
