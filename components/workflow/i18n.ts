// 'wxt/browser', not '#imports': see components/popup/i18n.ts.
import { browser } from 'wxt/browser';
import type { Bilingual } from '../../lib/model';

/** Keys the history, column and comparison pages own in public/_locales (test/workflow/i18n.test.ts checks both files). */
export type WorkflowKey = `wf_${string}`;

type GetMessage = (name: string, substitutions?: string | string[]) => string;

/** A UI string in the browser's language; a missing key shows itself. */
export function t(key: WorkflowKey, ...substitutions: Array<string | number>): string {
  const i18n = browser.i18n as unknown as { getMessage: GetMessage };
  return i18n.getMessage(key, substitutions.length ? substitutions.map(String) : undefined) || key;
}

export const lang = (): 'zh' | 'en' => (t('wf_lang') === 'en' ? 'en' : 'zh');
export const pick = (text: Bilingual): string => (lang() === 'en' ? text.en || text.zh : text.zh || text.en);

/** The page's language and title follow the locale the browser picked. */
export function setPageLanguage(doc: Document, title: WorkflowKey): void {
  doc.documentElement.lang = lang() === 'en' ? 'en' : 'zh-CN';
  doc.title = t(title);
}
