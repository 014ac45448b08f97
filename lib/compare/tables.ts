import { TABLE_KEYS, TABLE_LABELS, columnName, rowName, type Bilingual, type Cell, type Report, type TableKey } from '../model';

/** One value of the two years side by side. */
export interface ValuePair {
  col: string;
  name: Bilingual;
  current: Cell | null;
  previous: Cell | null;
  /** This year's value minus last year's; null unless both are numbers. */
  change: number | null;
}

export interface RowPair {
  row: string;
  name: Bilingual;
  values: ValuePair[];
}

export interface TablePair {
  table: TableKey;
  name: Bilingual;
  rows: RowPair[];
}

/** Keys of both years in order: this year's first, then those only last year had. */
const union = (a: readonly string[], b: readonly string[]): string[] => [...a, ...b.filter((k) => !a.includes(k))];

/**
 * Every table value of the two years side by side with its change. Rows and columns are matched
 * by canonical key only: a 2019-format table 2 shares no columns with a 2021 one (对外公开总数量 is
 * not 现行有效件数, SPEC §2), so those values stand alone rather than being compared.
 */
export function compareTables(current: Report, previous: Report): TablePair[] {
  return TABLE_KEYS.flatMap((table): TablePair[] => {
    const cur = current.tables[table] ?? {};
    const prev = previous.tables[table] ?? {};
    const rows = union(Object.keys(cur), Object.keys(prev));
    if (rows.length === 0) return [];
    return [
      {
        table,
        name: TABLE_LABELS[table],
        rows: rows.map((row) => ({
          row,
          name: rowName(table, row, current.tables[table]?.[row] ? current.format : previous.format),
          values: union(Object.keys(cur[row] ?? {}), Object.keys(prev[row] ?? {})).map((col) => {
            const c = cur[row]?.[col] ?? null;
            const p = prev[row]?.[col] ?? null;
            const both = c?.kind === 'number' && p?.kind === 'number';
            return {
              col,
              name: columnName(table, col, c ? current.format : previous.format),
              current: c,
              previous: p,
              change: both ? round(c.value! - p.value!) : null,
            };
          }),
        })),
      },
    ];
  });
}

/** Fee amounts are decimals: 185.5897 − 100.1 must read 85.4897, not a float's tail. */
const round = (n: number): number => Math.round(n * 1e6) / 1e6;
