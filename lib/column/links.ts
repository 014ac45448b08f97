/**
 * The links of a column (栏目) list page, read from its DOM: pure, so the popup (from the live
 * page's markup), the batch (from fetched list pages) and the tests read them the same way.
 */

export interface PageLink {
  /** Absolute URL, fragment removed. */
  url: string;
  /** The link's text, whitespace collapsed. */
  text: string;
  /** Its title attribute (lists often cut the text with 「…」 and keep the full name here). */
  title: string;
}

const MAX_LINKS = 5000;
const MAX_TEXT = 300;

const squash = (s: string): string => s.replace(/\s+/g, ' ').trim().slice(0, MAX_TEXT);

/** The absolute http(s) URL of an href, without its fragment; null for script:, mailto: and the like. */
export function resolveHref(href: string, base: string): string | null {
  try {
    const url = new URL(href.trim(), base);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
    url.hash = '';
    return url.href;
  } catch {
    return null;
  }
}

/**
 * Every `<a href>` of the document, resolved against the page's URL (or its `<base href>`), in
 * document order. Bounded: a page with more links than any list page has is read in part.
 */
export function pageLinks(doc: Document, pageUrl: string): PageLink[] {
  const baseHref = doc.querySelector('base[href]')?.getAttribute('href');
  const base = (baseHref && resolveHref(baseHref, pageUrl)) || pageUrl;
  const anchors = doc.getElementsByTagName('a');
  const out: PageLink[] = [];
  for (let i = 0, a = anchors[0]; a && i < MAX_LINKS; a = anchors[++i]) {
    const href = a.getAttribute('href');
    const url = href ? resolveHref(href, base) : null;
    if (!url) continue;
    out.push({ url, text: squash(a.textContent ?? ''), title: squash(a.getAttribute('title') ?? '') });
  }
  return out;
}

/** The page a URL names: without its fragment (a report's sections are one page, one history entry, one set of dismissals). */
export const pageKey = (url: string): string => url.split('#')[0] ?? url;

/**
 * Whether a URL has the page's origin (scheme, host and port): the column batch requests nothing
 * else. Stricter than utils/site.ts's sameGovSite (one registrable domain), which is what a report
 * attachment may come from.
 */
export function sameOrigin(url: string, pageUrl: string): boolean {
  try {
    return new URL(url).origin === new URL(pageUrl).origin;
  } catch {
    return false;
  }
}

/** The scripts' text, where list pages built by TRS-style CMSs keep their page count. */
export function scriptText(doc: Document): string {
  return Array.from(doc.getElementsByTagName('script'), (s) => s.textContent ?? '')
    .join('\n')
    .slice(0, 200_000);
}
