import { browser } from 'wxt/browser';

/** The extension's own pages of the reviewer's workflow, and how to reach them. */
export type WorkflowPage = 'history' | 'column' | 'compare';

export const pageUrl = (page: WorkflowPage, params: Record<string, string | number> = {}): string => {
  const query = new URLSearchParams(Object.entries(params).map(([k, v]) => [k, String(v)])).toString();
  return browser.runtime.getURL(`/${page}.html${query ? `?${query}` : ''}`);
};

/** Opens one of them in a new tab (from the popup, which closes when focus leaves it). */
export const openPage = async (page: WorkflowPage, params?: Record<string, string | number>): Promise<void> => {
  await browser.tabs.create({ url: pageUrl(page, params) });
};
