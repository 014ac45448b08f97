import {
  T2_COLUMN_LABELS,
  T2_ROWS_2019,
  T2_ROWS_2021,
  T3_COLUMN_LABELS,
  T3_ROWS_2019,
  T3_ROWS_2021,
  T4_GROUP_LABELS,
  T4_LEAF_LABELS,
  type TableKey,
} from './keys';
import type { Format } from './report';

type Labels = Record<string, string>;
const entries = (rows: readonly (readonly [string, string, ...unknown[]])[]): Labels =>
  Object.fromEntries(rows.map(([k, label]) => [k, label]));

// The two formats name some rows and columns differently (规范性文件 / 行政规范性文件,
// 处理决定数量 / 本年处理决定数量): a 2019 report is labelled as the 2019 template does.
const ROWS_2021: Record<TableKey, Labels> = {
  activeDisclosure: entries(T2_ROWS_2021),
  applications: entries(T3_ROWS_2021),
  reviewLitigation: T4_GROUP_LABELS,
};
const ROWS_2019: Record<TableKey, Labels> = {
  activeDisclosure: entries(T2_ROWS_2019),
  applications: entries(T3_ROWS_2019),
  reviewLitigation: T4_GROUP_LABELS,
};
const COLUMNS_2021: Record<TableKey, Labels> = {
  activeDisclosure: T2_COLUMN_LABELS,
  applications: T3_COLUMN_LABELS,
  reviewLitigation: T4_LEAF_LABELS,
};
const COLUMNS_2019: Record<TableKey, Labels> = {
  ...COLUMNS_2021,
  activeDisclosure: { ...T2_COLUMN_LABELS, decisions: '处理决定数量' },
};

const pick = <T>(format: Format | undefined, of2019: T, of2021: T): [T, T] =>
  format === '2019' ? [of2019, of2021] : [of2021, of2019];

/** The official label of a row key in the report's format, or the key itself for one the catalogue does not name. */
export function rowLabel(table: TableKey, key: string, format?: Format): string {
  const [first, second] = pick(format, ROWS_2019, ROWS_2021);
  return first[table][key] ?? second[table][key] ?? key;
}

export function columnLabel(table: TableKey, key: string, format?: Format): string {
  const [first, second] = pick(format, COLUMNS_2019, COLUMNS_2021);
  return first[table][key] ?? second[table][key] ?? key;
}

/** "row / column" as a reviewer reads a cell's position. */
export const cellLabel = (table: TableKey, row: string, col: string, format?: Format): string =>
  `${rowLabel(table, row, format)} / ${columnLabel(table, col, format)}`;
