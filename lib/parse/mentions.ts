import { T4_GROUPS, T4_LEAVES, type TableKey } from '../model';
import { core, MAX_LABEL, t2ColumnOf, t2RowKey, t3ColumnKey, t3RowKey, t4LeafKey } from './labels';
import type { SRow } from './stream';

const PIECES = /[\s|｜]+/;
const DIGIT = /[0-9０-９]/;
// A row label's own number: 「3.其他」.
const NUMBERED = /^\s*[0-9０-９]+\s*[.．、]/;

// Table 4's group headings, alone or run together as a text copy's header line (「行政复议行政诉讼」).
const T4_HEADINGS = /^(?:行政复议|行政诉讼|未经复议直接起诉|复议后起诉)+$/;

function keysOf(piece: string, c: string): [TableKey, string][] {
  if (c === '') return [];
  const out: [TableKey, string][] = [];
  const t3Row = t3RowKey(c);
  const t3Col = t3ColumnKey(c);
  // 「其他」 is both table 3's last applicant column and its row 「3.其他」: without the row's number
  // it is the column's header, and names no row.
  if (t3Row && !(t3Col && !NUMBERED.test(piece))) out.push(['applications', t3Row]);
  if (t3Col && t3Col !== 'group') out.push(['applications', t3Col]);
  const t2Row = t2RowKey(c);
  if (t2Row) out.push(['activeDisclosure', t2Row]);
  const t2Col = t2ColumnOf(piece);
  if (t2Col) out.push(['activeDisclosure', t2Col.key]);
  // Table 4 is one row of fifteen numbers under its leaf headings: naming a leaf names the table,
  // as does a line of its group headings alone (a PDF's text breaks 「结果维持」 over two lines,
  // but keeps 「行政复议」).
  if ((t4LeafKey(c) && c !== '总计' && c !== '合计') || T4_HEADINGS.test(c)) {
    for (const key of [...T4_GROUPS, ...T4_LEAVES]) out.push(['reviewLitigation', key]);
  }
  return out;
}

/**
 * `table.key` of every canonical row and column whose label appears in the page's text or any of
 * its table cells, whole or as a whitespace- or `|`-separated piece, or before the first digit of
 * a line (「（一）予以公开 1 0 0」). What the report names but we could not read is our failure.
 */
export function mentionedKeys(rows: readonly SRow[], lines: readonly string[]): string[] {
  const found = new Set<string>();
  // A page repeats its pieces (「0」, 「件」, a label in every cell of a column, a line in the text and
  // in a cell): each is read once.
  const seen = new Set<string>();
  // A text read before gave its pieces then: it is not cut up again.
  const looked = new Set<string>();
  const take = (piece: string, pieceCore?: string): void => {
    if (piece.length === 0 || piece.length > MAX_LABEL || seen.has(piece)) return;
    seen.add(piece);
    for (const [table, key] of keysOf(piece, pieceCore ?? core(piece))) found.add(`${table}.${key}`);
  };
  /** `textCore`: the text's `core`, where the reader has it already (a label cell's). */
  const look = (text: string, textCore?: string): void => {
    if (looked.has(text)) return;
    looked.add(text);
    take(text, textCore);
    for (const piece of text.split(PIECES)) take(piece);
    const digit = text.search(DIGIT);
    take(digit < 0 ? text : text.slice(0, digit));
  };
  for (const row of rows) for (const cell of row.cells) if (cell.read.kind === 'text') look(cell.text, cell.core);
  for (const line of lines) look(line);
  return [...found].sort();
}
