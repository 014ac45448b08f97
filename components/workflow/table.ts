/** Sorting and filtering the rows of the history and column summary tables: pure, tested without a browser. */

export type SortDir = 'asc' | 'desc';
export interface Sort<K extends string> {
  key: K;
  dir: SortDir;
}

type Value = string | number | null;

/** Rows sorted by one column; empty values last either way, ties kept in their order. */
export function sortRows<R, K extends string>(rows: readonly R[], sort: Sort<K>, value: (row: R, key: K) => Value): R[] {
  const sign = sort.dir === 'asc' ? 1 : -1;
  return rows
    .map((row, index) => ({ row, index, v: value(row, sort.key) }))
    .sort((a, b) => {
      if (a.v === null || a.v === '') return b.v === null || b.v === '' ? a.index - b.index : 1;
      if (b.v === null || b.v === '') return -1;
      const c = typeof a.v === 'number' && typeof b.v === 'number' ? a.v - b.v : String(a.v).localeCompare(String(b.v), 'zh-CN');
      return c === 0 ? a.index - b.index : sign * c;
    })
    .map((x) => x.row);
}

/** Clicking a column's header: sort by it, or reverse it if it already is the sort. */
export const nextSort = <K extends string>(current: Sort<K>, key: K, firstDir: SortDir = 'asc'): Sort<K> =>
  current.key === key ? { key, dir: current.dir === 'asc' ? 'desc' : 'asc' } : { key, dir: firstDir };

/** Free-text search: every word must appear in one of the texts (case and width of spaces ignored). */
export function matchesText(texts: ReadonlyArray<string | null | undefined>, query: string): boolean {
  const words = query.toLowerCase().split(/[\s\u3000]+/).filter(Boolean);
  if (words.length === 0) return true;
  const hay = texts.filter(Boolean).join('\n').toLowerCase();
  return words.every((w) => hay.includes(w));
}
