import { browser } from '#imports';
import type { Lang, Translate } from './describe';

/** The extension's own messages (public/_locales), in the browser's UI language, zh_CN by default. */
export const t: Translate = (key, substitutions) => browser.i18n.getMessage(key, substitutions);

/** Findings carry both languages; show the one the extension's UI speaks. */
export const uiLang = (): Lang => (t('overlay_lang') === 'en' ? 'en' : 'zh');
