import { reportLinks } from '../detect';
import { pageLinks, scriptText, type PageLink } from './links';
import { listPages } from './pages';

export interface ListPage {
  /** The reports this list page links to. */
  reports: PageLink[];
  /** The column's other list pages it points to. */
  pages: string[];
}

/** What one page of a column's list holds: its report links and the way to its other pages. */
export function readListPage(doc: Document, pageUrl: string): ListPage {
  const links = pageLinks(doc, pageUrl);
  return { reports: reportLinks(links, pageUrl), pages: listPages(links, scriptText(doc), pageUrl) };
}

/** The name a list gives a report: its full title where the text was cut short. */
export const linkName = (link: PageLink): string =>
  link.title.length > link.text.replace(/[.…]+$/, '').length && !/[.…]$/.test(link.title) ? link.title : link.text || link.title;
