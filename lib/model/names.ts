import type { Bilingual, CellRef } from './cell';
import { T2_ROWS_2019, T2_ROWS_2021, T3_ROWS_2019, T3_ROWS_2021, T4_GROUPS, TABLE_LABELS, type TableKey } from './keys';
import { columnName, rowName } from './labels';
import type { Format } from './report';

/**
 * How every surface names a table, a cell and a template's rows: rules in their messages, the CLI
 * summary, CSV, popup and overlay. A reviewer then meets one name for one thing everywhere.
 */

const TABLE_NUMBER: Record<TableKey, Bilingual> = {
  activeDisclosure: { zh: '表二', en: 'Table 2' },
  applications: { zh: '表三', en: 'Table 3' },
  reviewLitigation: { zh: '表四', en: 'Table 4' },
};

/** 「表三（收到和处理政府信息公开申请情况）」, or just 「表三」 where the table is named again and again. */
export function tableName(table: TableKey, short = false): Bilingual {
  const n = TABLE_NUMBER[table];
  if (short) return n;
  return { zh: `${n.zh}（${TABLE_LABELS[table].zh}）`, en: `${n.en} (${TABLE_LABELS[table].en})` };
}

const FORMAT_NAMES: Record<Format, Bilingual> = {
  '2019': { zh: '2019 版格式', en: '2019 template' },
  '2021': { zh: '2021 版格式', en: '2021 template' },
  mixed: { zh: '混用 2019 与 2021 版格式', en: 'mixed 2019 and 2021 templates' },
  unknown: { zh: '格式未识别', en: 'template not recognised' },
};

/** The template a report's tables follow, in words (never the bare key: 「mixed版格式」 read as a fault of ours). */
export const formatName = (format: Format): Bilingual => FORMAT_NAMES[format];

/**
 * The official labels that run past a line, shortened to their number and a short name for
 * places where they repeat (a list of cells, a tooltip's addends, the popup's 位置).
 */
const SHORT_ROWS: Partial<Record<string, Bilingual>> = {
  newReceived: { zh: '一、本年新收', en: 'I. New' },
  carriedOver: { zh: '二、上年结转', en: 'II. Carried over' },
  partlyGranted: { zh: '（二）部分公开', en: '(2) Partly disclosed' },
  'other.noCorrection': { zh: '（六）1.逾期不补正', en: '(6) 1. no correction' },
  'other.feeUnpaid': { zh: '（六）2.逾期未缴费', en: '(6) 2. fee unpaid' },
  'other.misc': { zh: '（六）3.其他', en: '(6) 3. other' },
  carriedForward: { zh: '四、结转下年度', en: 'IV. Carried forward' },
  'notProcessed.confirmation': { zh: '（五）5.要求确认或重新出具', en: '(5) 5. confirmations' },
};

/** A row's name: official, or its short form where it would repeat. */
export function rowNameOf(table: TableKey, row: string, format?: Format, short = false): Bilingual {
  return (short && table === 'applications' && SHORT_ROWS[row]) || rowName(table, row, format);
}

/** A cell by its canonical keys, 「（一）予以公开·总计」: the row, then the column, as the page shows them. */
export function cellName(place: { table: TableKey; row: string; col: string }, format?: Format, short = false): Bilingual {
  const r = rowNameOf(place.table, place.row, format, short);
  const c = columnName(place.table, place.col, format);
  return { zh: `${r.zh}·${c.zh}`, en: `${r.en} / ${c.en}` };
}

/** A mapped cell with its table, 「表三 （一）予以公开·总计」, and its page in a PDF: lists and the CLI. */
export function placedCellName(place: { table: TableKey; row: string; col: string }, at: CellRef, format?: Format): Bilingual {
  const t = tableName(place.table, true);
  const c = cellName(place, format, true);
  return withPage({ zh: `${t.zh} ${c.zh}`, en: `${t.en} ${c.en}` }, at);
}

/** A cell the tables do not map, by where it sits on the page, in the PDF or in the text. */
export function positionName(at: CellRef): Bilingual {
  if (at.line !== undefined) return { zh: `第 ${at.line} 行`, en: `line ${at.line}` };
  const inTable = {
    zh: `第 ${at.table + 1} 个表格第 ${at.row + 1} 行第 ${at.col + 1} 列`,
    en: `table ${at.table + 1}, row ${at.row + 1}, column ${at.col + 1}`,
  };
  return at.page === undefined ? inTable : { zh: `第 ${at.page} 页${inTable.zh}`, en: `page ${at.page}, ${inTable.en}` };
}

/**
 * A named cell of a PDF with the page it is on, 「表三 （一）予以公开·总计（第 3 页）」: a reviewer
 * holding the printed report turns to the page. Cells of an HTML page or .docx have no page.
 */
export function withPage(name: Bilingual, at: CellRef): Bilingual {
  if (at.page === undefined) return name;
  return { zh: `${name.zh}（第 ${at.page} 页）`, en: `${name.en} (page ${at.page})` };
}

/** A template's rows of one table, in order, each with its official name. */
export function templateRows(table: TableKey, template: '2019' | '2021'): { key: string; name: Bilingual }[] {
  const keys: readonly string[] =
    table === 'reviewLitigation'
      ? T4_GROUPS
      : (table === 'applications' ? (template === '2019' ? T3_ROWS_2019 : T3_ROWS_2021) : template === '2019' ? T2_ROWS_2019 : T2_ROWS_2021).map(([k]) => k);
  return keys.map((key) => ({ key, name: rowName(table, key, template) }));
}
