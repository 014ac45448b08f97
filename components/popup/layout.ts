import {
  T2_ROWS_2019,
  T2_ROWS_2021,
  T3_COLUMNS,
  T3_LEGAL_SUBTOTAL,
  T3_ROWS_2019,
  T3_ROWS_2021,
  T4_GROUPS,
  T4_LEAVES,
  type Format,
  type Table,
  type TableKey,
} from '../../lib/model';

/** Rows that share their columns, drawn under one header row (table 2 has several such blocks). */
export interface Block {
  columns: string[];
  rows: string[];
}

type RowSpec = readonly [string, string, readonly string[]];
const t2Spec = (format: Format): readonly RowSpec[] =>
  format === '2019' ? T2_ROWS_2019 : format === '2021' ? T2_ROWS_2021 : [...T2_ROWS_2021, ...T2_ROWS_2019];
const t3Rows = (format: Format): string[] =>
  (format === '2019' ? T3_ROWS_2019 : format === '2021' ? T3_ROWS_2021 : [...T3_ROWS_2019, ...T3_ROWS_2021]).map(([k]) => k);

const known = (format: Format): boolean => format === '2019' || format === '2021';
const unique = (keys: string[]): string[] => [...new Set(keys)];

/**
 * Canonical keys first, in the template's order, then any key the report has that the template
 * does not. With a known format every canonical key is kept even when absent, so a reviewer sees
 * the hole where the page lacks a row; with a mixed or unknown one only present keys are shown.
 */
function ordered(canonical: string[], present: string[], keepAbsent: boolean): string[] {
  const base = keepAbsent ? unique(canonical) : unique(canonical).filter((k) => present.includes(k));
  return [...base, ...present.filter((k) => !base.includes(k))];
}

const presentColumns = (table: Table, rows: string[]): string[] =>
  unique(rows.flatMap((row) => Object.keys(table[row] ?? {})));

export function tableLayout(key: TableKey, format: Format, table: Table): Block[] {
  const present = Object.keys(table);
  const full = known(format);
  if (key === 'applications') {
    const rows = ordered(t3Rows(format), present, full);
    const canonicalCols = [...T3_COLUMNS, ...(presentColumns(table, rows).includes(T3_LEGAL_SUBTOTAL) ? [T3_LEGAL_SUBTOTAL] : [])];
    return [{ rows, columns: ordered(canonicalCols, presentColumns(table, rows), true) }];
  }
  if (key === 'reviewLitigation') {
    const rows = ordered([...T4_GROUPS], present, true);
    return [{ rows, columns: ordered([...T4_LEAVES], presentColumns(table, rows), true) }];
  }
  // Table 2: every row has its own columns; neighbours with the same columns share a header.
  const spec = t2Spec(format);
  const rows = ordered(spec.map(([k]) => k), present, full);
  const blocks: Block[] = [];
  for (const row of rows) {
    const canonicalCols = [...(spec.find(([k]) => k === row)?.[2] ?? [])];
    const columns = ordered(canonicalCols, Object.keys(table[row] ?? {}), full);
    const last = blocks.at(-1);
    if (last && last.columns.join() === columns.join()) last.rows.push(row);
    else blocks.push({ columns, rows: [row] });
  }
  return blocks;
}
