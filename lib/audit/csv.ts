import { cellName, cellsOf, positionName, withPage, type AuditExport, type CellRef } from '../model';
import { ruleTitle } from '../rules/catalogue';
import { placeOf } from './where';

const HEADER = [
  'source', 'record', 'table', 'row_key', 'column_key', 'label', 'raw', 'value', 'unit',
  'rule', 'rule_title', 'severity', 'outcome', 'message_zh', 'message_en', 'expected', 'actual', 'cells', 'dismissed',
  // A finding's addends, and for a cross-year finding the report of the year before it compares with.
  'related', 'previous',
  // A cell corrected by hand: who corrected it, and what had been read (raw, value stay the correction).
  'corrected_by', 'read_raw', 'read_value',
] as const;
type Column = (typeof HEADER)[number];

/** Excel and WPS read UTF-8 Chinese text correctly only with a byte-order mark. */
const BOM = '\uFEFF';
/** Several cells of one finding in one field. */
const SEP = '；';

/** The header line, after the byte-order mark: what a CSV of any number of exports starts with. */
export const csvHead = (): string => `${BOM}${HEADER.join(',')}\r\n`;

/**
 * One export's records, each line ending in CRLF: one row per cell, then one per finding. A
 * finding row names its cells as the cell rows do (table, row and column keys, and the labels).
 */
export function csvRows(audit: AuditExport): string {
  const lines: string[] = [];
  const source = audit.source.url;
  const { format } = audit.report;
  const place = placeOf(audit);
  for (const { table, row, col, cell } of cellsOf(audit.report)) {
    lines.push(line({
      source, record: 'cell', table, row_key: row, column_key: col,
      label: cellName({ table, row, col }, format).zh, raw: cell.raw,
      value: number(cell.value), unit: cell.unit ?? '', cells: ref(cell.at),
      ...(cell.corrected && { corrected_by: cell.corrected.by, read_raw: cell.corrected.raw, read_value: number(cell.corrected.value) }),
    }));
  }
  for (const f of audit.findings) {
    const places = f.cells.map((at) => ({ at, p: place(at) }));
    const unique = (xs: string[]) => [...new Set(xs)].join(SEP);
    lines.push(line({
      source, record: 'finding',
      table: unique(places.flatMap(({ p }) => (p ? [p.table] : []))),
      row_key: unique(places.flatMap(({ p }) => (p ? [p.row] : []))),
      column_key: unique(places.flatMap(({ p }) => (p ? [p.col] : []))),
      label: places.map(({ at, p }) => (p ? withPage(cellName(p, format, true), at) : positionName(at)).zh).join(SEP),
      rule: f.rule, rule_title: ruleTitle(f.rule).zh, severity: f.severity, outcome: f.outcome,
      message_zh: f.message.zh, message_en: f.message.en,
      expected: f.expected === undefined ? '' : String(f.expected),
      actual: f.actual === undefined ? '' : String(f.actual),
      cells: f.cells.map(ref).join(' '), dismissed: f.dismissed ? 'yes' : '',
      // A cross-year finding's cells of last year's report are named as in `previous`.
      related: f.related.map((at) => (at.url === undefined ? ref(at) : `previous:${ref(at)}`)).join(' '),
      previous: f.previous?.url ?? '',
    }));
  }
  return lines.map((l) => `${l}\r\n`).join('');
}

/** Every export's records under one header (SPEC §5). */
export function toCsv(exports: readonly AuditExport[]): string {
  return csvHead() + exports.map(csvRows).join('');
}

const number = (value: number | null): string => (value === null ? '' : String(value));

const ref = (at: CellRef): string =>
  `T${at.table}R${at.row}C${at.col}${at.line === undefined ? '' : `L${at.line}`}`;

function line(values: Partial<Record<Column, string>>): string {
  return HEADER.map((h) => quote(values[h] ?? '')).join(',');
}

/** RFC 4180 quoting; a leading = + - @ is neutralised so a spreadsheet never runs page text as a formula. */
function quote(value: string): string {
  // Only a plain signed number ("+19", "-8", "-1,234.5") may keep its sign unescaped.
  const safe = /^[=+\-@\t\r]/.test(value) && !/^[+-]?[\d,]+(\.\d+)?$/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
