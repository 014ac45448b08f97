import { pageKey, sameOrigin, type PageLink } from './column/links';
import { titleToSimplified } from './parse/hant-title';

const REPORT = /(政府(?:信息|资讯)公开|政府信息与政务公开|政务公开|(?:信息|资讯)公开)(工作)?(年度)?(报告|年报)/;
const YEARLY = /年度|年报|\d{4}年|[〇零一二三四五六七八九]{4}年/;
// Pages about the report rather than the report itself, and other disclosure pages.
const NOT_A_REPORT = /通知|指南|目录|计划|要点|预算|决算|解读|征求|意见|清单|制度|办法|规定|专栏|栏目|列表|汇总|统计表/;
// A file or page that speaks of an annual report at all.
const REPORT_WORD = /年度报告|年报/;
const MAX_TITLE = 120;

/** The patterns a title is recognised by; lib/parse/hant-title.ts covers every traditional form of their characters. */
export const TITLE_PATTERNS: readonly RegExp[] = [REPORT, YEARLY, NOT_A_REPORT, REPORT_WORD];

/** Whether a title or heading names a government information-disclosure annual report. */
export function looksLikeReportTitle(text: string): boolean {
  if (!text) return false;
  const t = titleToSimplified(text.slice(0, 400)).replace(/\s+/g, '');
  if (t.length > MAX_TITLE) return false;
  const m = REPORT.exec(t);
  if (!m) return false;
  // 「政府信息公开工作年度报告解读」 and the like: what follows the report's name says what the page is.
  return YEARLY.test(t) && !NOT_A_REPORT.test(t.replace(m[0], ''));
}

const SHOW_TEXT = 4;
const SNIPPET = 2000;
const MAX_HEADINGS = 10;
// Text inside these is not what a reader sees as the page.
const INVISIBLE = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE']);

/** The first ~2000 characters of the body's visible text, without walking the rest of the DOM. */
function bodySnippet(doc: Document): string {
  const body = doc.body;
  if (!body) return '';
  const walker = doc.createTreeWalker(body, SHOW_TEXT);
  let out = '';
  for (let n = walker.nextNode(); n && out.length < SNIPPET; n = walker.nextNode()) {
    const parent = n.parentElement;
    if (parent && INVISIBLE.has(parent.tagName.toUpperCase())) continue;
    out += `${(n as CharacterData).data}\n`;
  }
  return out.slice(0, SNIPPET);
}

/** The text of the first of a few h1-h3 headings that names a report, as written. */
export function reportHeading(doc: Document): string | null {
  for (const tag of ['h1', 'h2', 'h3']) {
    const hs = doc.getElementsByTagName(tag);
    // Indexing stops at the first missing item; asking for `length` would count them all.
    for (let i = 0, h = hs[0]; h && i < MAX_HEADINGS; h = hs[++i]) {
      const text = h.textContent ?? '';
      if (looksLikeReportTitle(text)) return text;
    }
  }
  return null;
}

/** Whether the page's title or one of its first h1–h3 headings names a report. */
const titledAsReport = (doc: Document): boolean => looksLikeReportTitle(doc.title) || reportHeading(doc) !== null;

/** Body lines must also carry a year: a bare 「政府信息公开年报」 there is a menu or a column name. */
const snippetNamesReport = (snippet: string): boolean => snippet.split('\n').some((line) => /\d{4}/.test(line) && looksLikeReportTitle(line));

/**
 * Cheap enough for every .gov.cn page: the document title, a few h1-h3 headings and the first
 * ~2000 characters of body text, each line tested as a title. A pre-filter: the parser decides.
 */
export function isReportPage(doc: Document): boolean {
  return titledAsReport(doc) || snippetNamesReport(bodySnippet(doc));
}

/**
 * The detector's question on every .gov.cn page: a report, or a page that offers one as a file
 * (a notice, a column of PDFs). Links are looked through only when the title or the top of the
 * page speaks of an annual report: on all other pages that scan is the detector's largest cost.
 */
export function isReportOrNotice(doc: Document): boolean {
  if (titledAsReport(doc)) return true;
  const snippet = bodySnippet(doc);
  if (snippetNamesReport(snippet)) return true;
  // Neither the title nor a heading names a report (just asked): the files must name it themselves.
  return REPORT_WORD.test(titleToSimplified(doc.title + snippet)) && reportAttachments(doc, false).length > 0;
}

/** A report published as a file: the file's URL (the viewer's `file`, not the viewer) and how the page names it. */
export interface Attachment {
  url: string;
  name: string;
  kind: 'pdf' | 'docx';
}

// Cheap pre-test on the raw attribute, so most links of a page are never parsed as URLs.
const FILE_HINT = /\.(?:pdf|docx)(?:$|[?#])|viewer\.html?\?/i;
const FILE_EXT = /\.(pdf|docx)$/i;
const PDFJS_VIEWER = /(?:^|\/)viewer\.html?$/i;
const MAX_LINKS = 600;
const MAX_ATTACHMENTS = 8;
const MAX_EMBEDS = 10;

const decoded = (s: string): string => {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
};

/** The report file an href points at: a .pdf/.docx path, or the file a site's pdf.js viewer (`viewer.html?file=…`) shows. */
export function attachmentUrl(href: string, base: string): Pick<Attachment, 'url' | 'kind'> | null {
  let url: URL;
  try {
    url = new URL(href.trim(), base);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  if (PDFJS_VIEWER.test(url.pathname)) {
    const file = url.searchParams.get('file');
    // The viewer resolves `file` against its own URL; a viewer of a viewer is nobody's report.
    return file && !PDFJS_VIEWER.test(file.split('?')[0] ?? '') ? attachmentUrl(file, url.href) : null;
  }
  const m = FILE_EXT.exec(decoded(url.pathname));
  return m ? { url: url.href, kind: m[1]!.toLowerCase() as Attachment['kind'] } : null;
}

/** The file's own name, as a reader of the link would see it. */
export const fileName = (url: string): string => decoded(new URL(url).pathname.split('/').pop() ?? '');

/** A link text or file name that names a disclosure annual report by itself (the year included). */
export const namesReportFile = (name: string): boolean => looksLikeReportTitle(name.replace(FILE_EXT, ''));

/**
 * A report notice page's attachments: links to a .pdf/.docx that name a report (link text or file
 * name), and on a page whose title or heading names one, also its other file links with
 * 年度报告/年报 in them and the files it embeds (`<iframe>`, `<embed>`, `<object>`, a pdf.js
 * viewer). Cheap enough for every .gov.cn page: the first few hundred links, tested on their
 * attribute text before any URL is parsed; the title is looked at only when a file turns up.
 * `titled`: whether the page's title or heading names a report, when the caller knows already.
 */
export function reportAttachments(doc: Document, titled?: boolean): Attachment[] {
  const found = new Map<string, Attachment>();
  const pageNamesReport = () => (titled ??= titledAsReport(doc));
  const consider = (raw: string | null, label: () => string, embedded: boolean) => {
    if (!raw || !FILE_HINT.test(raw) || found.size >= MAX_ATTACHMENTS) return;
    const file = attachmentUrl(raw, doc.baseURI);
    if (!file || found.has(file.url)) return;
    const name = label().replace(/\s+/g, ' ').trim() || fileName(file.url);
    const named = namesReportFile(name) || namesReportFile(fileName(file.url));
    const loose = embedded || REPORT_WORD.test(titleToSimplified(name + fileName(file.url)));
    if (named || (loose && pageNamesReport())) found.set(file.url, { ...file, name });
  };
  const links = doc.links;
  // Indexing stops at the first missing item; asking for `length` would count them all.
  for (let i = 0, a = links[0]; a && i < MAX_LINKS; a = links[++i]) consider(a.getAttribute('href'), () => a.textContent ?? '', false);
  for (const tag of ['iframe', 'embed', 'object']) {
    const els = doc.getElementsByTagName(tag);
    for (let i = 0, el = els[0]; el && i < MAX_EMBEDS; el = els[++i]) {
      consider(el.getAttribute(tag === 'object' ? 'data' : 'src'), () => el.getAttribute('title') ?? '', true);
    }
  }
  return [...found.values()];
}

/** Fewer report links than this is a page that mentions reports, not a column listing them. */
export const MIN_COLUMN_REPORTS = 3;

/** A year in a link's name: 「2023年」 or 「二〇二三年」. A list names each report by its year; a menu names the column. */
const NAMES_YEAR = /\d{4}|[〇零一二三四五六七八九]{4}年/;
const namesReport = (name: string): boolean => NAMES_YEAR.test(name) && looksLikeReportTitle(name);

/**
 * The links of a list page whose text or title names a disclosure annual report of a year, on the
 * page's own site, each URL once, this page left out: the reports a column (栏目) lists. A menu
 * link to the column itself (「政府信息公开年报」) names no year and is left out.
 */
export function reportLinks(links: readonly PageLink[], pageUrl: string): PageLink[] {
  const seen = new Set([pageKey(pageUrl)]);
  return links.filter((link) => {
    if (seen.has(link.url) || !sameOrigin(link.url, pageUrl)) return false;
    if (!namesReport(link.text) && !namesReport(link.title)) return false;
    seen.add(link.url);
    return true;
  });
}

/** Whether a page is a column's list of annual reports (many links that each name one). */
export function isColumnPage(links: readonly PageLink[], pageUrl: string): boolean {
  return reportLinks(links, pageUrl).length >= MIN_COLUMN_REPORTS;
}
