import { resolveHref, sameOrigin, type PageLink } from './links';

/** A link to the next page of a list, as sites word it. */
const NEXT = /^(下一页|下页|后一页|下一頁|next|›|»|>|>>)$/i;
/** A link whose text is a page number: 「2」「[3]」「第4页」. */
const NUMBER = /^(?:\[|［|第)?\s*(\d{1,3})\s*(?:\]|］|页)?$/;
/**
 * TRS-style list pages draw their pager from a script call, with no link at all:
 * `createPageHTML(12, 0, "index", "html")` (or with a container id first) means 12 pages,
 * this is page 0, the others are index_1.html … index_11.html beside this one.
 */
const TRS_PAGER = /createPageHTML\(\s*(?:["'][^"']*["']\s*,\s*)?(\d{1,4})\s*,\s*(\d{1,4})\s*,\s*["']([\w-]+)["']\s*,\s*["'](\w+)["']/;

/**
 * The other pages of a column's list that this page points to: its 下一页 link, its numbered page
 * links and a script-drawn pager. Only the page's own site; this page itself left out. The caller
 * visits them breadth-first up to the limit the user sees, so a wrong guess costs one request.
 */
export function listPages(links: readonly PageLink[], scripts: string, pageUrl: string): string[] {
  const found: string[] = [];
  const add = (url: string | null) => {
    if (url && url !== pageUrl && sameOrigin(url, pageUrl) && !found.includes(url)) found.push(url);
  };
  for (const link of links) if (NEXT.test(link.text) || NEXT.test(link.title)) add(link.url);
  for (const link of links) {
    const m = NUMBER.exec(link.text);
    if (m && Number(m[1]) > 1) add(link.url);
  }
  const trs = TRS_PAGER.exec(scripts);
  if (trs) {
    const [, count, , prefix, ext] = trs;
    for (let i = 1; i < Number(count); i++) add(resolveHref(`${prefix}_${i}.${ext}`, pageUrl));
  }
  return found;
}
