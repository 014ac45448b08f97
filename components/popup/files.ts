import { useEffect, useState } from 'preact/hooks';
import { fileName, type Attachment } from '../../lib/detect';
import { govSite, isGovPdfUrl, sameGovSite } from '../../utils/site';
import type { PopupApi, TabInfo } from './api';

export interface Files {
  /** The report files the popup offers to audit: the tab's own PDF, or the page's attachments. */
  offered: Attachment[];
  /** The tab shows a PDF itself (the browser's viewer, where no content script runs). */
  tabIsFile: boolean;
}

/**
 * What files the popup may offer. Only files on the tab's own *.gov.cn site: the extension
 * fetches nothing else, and nothing before the reviewer clicks.
 */
export function offeredFiles(tab: TabInfo | null, attachments: readonly Attachment[]): Files {
  if (!tab) return { offered: [], tabIsFile: false };
  const { url, contentType } = tab;
  if (isGovPdfUrl(url) || (contentType === 'application/pdf' && govSite(url) !== null)) {
    return { offered: [{ url, name: fileName(url) || url, kind: 'pdf' }], tabIsFile: true };
  }
  return { offered: attachments.filter((a) => sameGovSite(url, a.url)), tabIsFile: false };
}

export function useFiles(api: PopupApi, attachments: readonly Attachment[]): Files {
  const [tab, setTab] = useState<TabInfo | null>(null);
  useEffect(() => {
    let live = true;
    void api.tabInfo().then((info) => live && setTab(info), () => undefined);
    return () => {
      live = false;
    };
  }, [api]);
  return offeredFiles(tab, attachments);
}
