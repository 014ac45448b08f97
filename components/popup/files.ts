import { useEffect, useState } from 'preact/hooks';
import { fileName, type Attachment } from '../../lib/detect';
import { isGovPdfUrl, sameGovSite } from '../../utils/site';
import type { PopupApi } from './api';

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
export function offeredFiles(tabUrl: string | null, attachments: readonly Attachment[]): Files {
  if (tabUrl && isGovPdfUrl(tabUrl)) {
    return { offered: [{ url: tabUrl, name: fileName(tabUrl), kind: 'pdf' }], tabIsFile: true };
  }
  return { offered: tabUrl ? attachments.filter((a) => sameGovSite(tabUrl, a.url)) : [], tabIsFile: false };
}

export function useFiles(api: PopupApi, attachments: readonly Attachment[]): Files {
  const [tabUrl, setTabUrl] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    void api.tabUrl().then((url) => live && setTabUrl(url), () => undefined);
    return () => {
      live = false;
    };
  }, [api]);
  return offeredFiles(tabUrl, attachments);
}
