import { fileName } from '../lib/detect';

/**
 * Which files the extension may fetch: only over http(s), only from *.gov.cn (the one host
 * pattern it holds), and only from the site of the page that links them — the registrable
 * domain, e.g. `hongze.gov.cn` for www.hongze.gov.cn and xxgk.hongze.gov.cn. Pure.
 */

const GOV = /(?:^|\.)([^.]+\.gov\.cn)$/i;

/** The site a URL belongs to (`hongze.gov.cn`), or null outside http(s) *.gov.cn. */
export function govSite(url: string): string | null {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return null;
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') return null;
  return GOV.exec(u.hostname)?.[1]?.toLowerCase() ?? null;
}

/** A file the extension may fetch for a page: both on the same *.gov.cn site. */
export function sameGovSite(pageUrl: string, fileUrl: string): boolean {
  const site = govSite(pageUrl);
  return site !== null && govSite(fileUrl) === site;
}

/** A tab showing a file itself (the browser's own PDF viewer): its URL names a .pdf on *.gov.cn. */
export function isGovPdfUrl(url: string): boolean {
  return govSite(url) !== null && /\.pdf$/i.test(fileName(url));
}
