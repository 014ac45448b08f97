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

const ROW_LABELS: Record<TableKey, Record<string, string>> = {
  activeDisclosure: Object.fromEntries([...T2_ROWS_2019, ...T2_ROWS_2021].map(([k, label]) => [k, label])),
  applications: Object.fromEntries([...T3_ROWS_2019, ...T3_ROWS_2021].map(([k, label]) => [k, label])),
  reviewLitigation: T4_GROUP_LABELS,
};
const COLUMN_LABELS: Record<TableKey, Record<string, string>> = {
  activeDisclosure: T2_COLUMN_LABELS,
  applications: T3_COLUMN_LABELS,
  reviewLitigation: T4_LEAF_LABELS,
};

/** The official label of a row key, or the key itself for one the catalogue does not name. */
export const rowLabel = (table: TableKey, key: string): string => ROW_LABELS[table][key] ?? key;
export const columnLabel = (table: TableKey, key: string): string => COLUMN_LABELS[table][key] ?? key;
/** "row / column" as a reviewer reads a cell's position. */
export const cellLabel = (table: TableKey, row: string, col: string): string =>
  `${rowLabel(table, row)} / ${columnLabel(table, col)}`;
