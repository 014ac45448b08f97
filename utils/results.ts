/**
 * The results page's address: which file to audit, the page that offered it (the fetch must stay
 * on that page's site) and the tab whose badge the audit fills. Built by the popup, read by the
 * results page; nothing else opens it (it is not exposed to web pages).
 */
export interface ResultsTarget {
  file: string;
  page: string;
  tab: number | null;
}

export const RESULTS_PAGE = '/results.html' as const;

export function resultsUrl(target: ResultsTarget): `${typeof RESULTS_PAGE}?${string}` {
  const q = new URLSearchParams({ file: target.file, page: target.page });
  if (target.tab !== null) q.set('tab', String(target.tab));
  return `${RESULTS_PAGE}?${q}`;
}

export function readResultsUrl(search: string): ResultsTarget | null {
  const q = new URLSearchParams(search);
  const file = q.get('file');
  const tab = q.get('tab');
  if (!file) return null;
  return { file, page: q.get('page') || file, tab: tab !== null && /^\d+$/.test(tab) ? Number(tab) : null };
}
