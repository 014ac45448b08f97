import { TABLE_KEYS, type Bilingual, type ParsedReport, type TableKey } from '../model';
import { cellsOf, isCount, isEmpty, type LocatedCell } from './cells';
import { cellName, LISTED, listNames, quoted, tableName } from './labels';
import type { FindingDraft, Rule } from './rule';

const anyTable = (r: ParsedReport): boolean =>
  TABLE_KEYS.some((table) => Object.values(r.tables[table] ?? {}).some((columns) => Object.keys(columns).length > 0));

/** Why a cell is not a valid count, or null when it is fine. `change` is the one signed column. */
function invalidity(c: LocatedCell): Bilingual | null {
  const { cell } = c;
  if (cell.kind === 'text') return { zh: '不是可读的数字，需人工核对', en: 'is not a readable number; needs review' };
  if (cell.kind !== 'number' || cell.value === null || !isCount(c)) return null;
  if (cell.value < 0 && !(c.table === 'activeDisclosure' && c.col === 'change')) {
    return { zh: '是负数，件数不能为负', en: 'is negative; a count cannot be' };
  }
  if (!Number.isInteger(cell.value)) return { zh: '不是整数，件数应为整数', en: 'is not a whole number; a count must be' };
  return null;
}

export const numInvalid: Rule = {
  id: 'NUM-INVALID',
  severity: 'error',
  title: { zh: '无效数值', en: 'Invalid number' },
  formula: { zh: '件数为非负整数', en: 'A count is a whole number, not negative' },
  help: {
    zh: '件数单元格应为非负整数：负数（表二「本年增/减」除外）、小数列为错误；读不出数字的文字（可能是报告所写，也可能是读取时数字与文字连在了一起）列为待复核。金额栏（收费金额、采购总金额）可以是小数。',
    en: 'Count cells must hold whole, non-negative numbers: a negative value (except table 2 "change this year") or a fraction is an error; text that does not read as a number (the report\'s, or numbers and words run together in reading) is left for review. Money columns (fees, procurement amount) may hold decimals.',
  },
  appliesTo: anyTable,
  check: (r) =>
    cellsOf(r).flatMap((c) => {
      const why = invalidity(c);
      if (!why) return [];
      const name = cellName(c, r.format);
      const finding: FindingDraft = {
        rule: 'NUM-INVALID',
        severity: 'error',
        // Text we cannot read as a number may be our reading's fault: a person decides.
        outcome: c.cell.kind === 'text' ? 'review' : 'fail',
        actual: c.cell.raw,
        cells: [c.cell.at],
        related: [],
        message: {
          zh: `${name.zh}「${quoted(c.cell.raw)}」${why.zh}`,
          en: `${name.en} "${quoted(c.cell.raw)}" ${why.en}`,
        },
      };
      return [finding];
    }),
};

/** One finding per table naming every matching cell, so a sloppy table is one line, not fifty. */
function perTable(
  r: ParsedReport,
  rule: string,
  severity: 'warning' | 'info',
  pick: (c: LocatedCell) => boolean,
  say: (table: TableKey, cells: LocatedCell[], names: Bilingual) => Bilingual,
): FindingDraft[] {
  return TABLE_KEYS.flatMap((table) => {
    const hits = cellsOf(r, table).filter(pick);
    if (hits.length === 0) return [];
    // Only the names a message shows are made: a sloppy table has dozens of such cells.
    const names = listNames(hits.slice(0, LISTED).map((c) => cellName(c, r.format, true)), hits.length);
    return [{ rule, severity, outcome: 'fail' as const, cells: hits.map((c) => c.cell.at), related: [], message: say(table, hits, names) }];
  });
}

export const cellBlank: Rule = {
  id: 'CELL-BLANK',
  severity: 'warning',
  title: { zh: '空白单元格', en: 'Blank cells' },
  formula: { zh: '数量为零时填 0，不留空或填「/」「—」', en: 'A zero count reads 0, not blank or a dash' },
  help: {
    zh: '数值单元格应填数字，没有的填 0；留空或填「/」「—」「无」等占位符的，每张表汇总为一条。合计校验中这些格按 0 计。',
    en: 'Numeric cells should hold a number, 0 when there is none; cells left blank or holding a placeholder (/, —, 无) are reported once per table. Sum rules count them as 0.',
  },
  appliesTo: anyTable,
  check: (r) =>
    perTable(r, 'CELL-BLANK', 'warning', (c) => isEmpty(c.cell), (table, cells, names) => {
      const t = tableName(table);
      return {
        zh: `${t.zh}有 ${cells.length} 个单元格留空或填了占位符，应填 0：${names.zh}`,
        en: `${t.en} has ${cells.length} cell(s) left blank or holding a placeholder instead of 0: ${names.en}`,
      };
    }),
};

export const unitInCell: Rule = {
  id: 'UNIT-IN-CELL',
  severity: 'info',
  title: { zh: '单元格内写单位', en: 'Unit inside a cell' },
  help: {
    zh: '件数单元格只应填数字，单位由表头说明；写成「11个」「5件」的，每张表汇总为一条提示。金额栏不在此列。',
    en: 'Count cells should hold bare numbers (the header gives the unit); cells written like "11个" or "5件" are reported once per table. Money columns are exempt.',
  },
  appliesTo: anyTable,
  check: (r) =>
    perTable(
      r,
      'UNIT-IN-CELL',
      'info',
      (c) => isCount(c) && c.cell.kind === 'number' && c.cell.unit !== undefined,
      (table, cells, names) => {
        const t = tableName(table);
        return {
          zh: `${t.zh}有 ${cells.length} 个件数单元格写了单位（如「${quoted(cells[0]!.cell.raw)}」）：${names.zh}`,
          en: `${t.en} has ${cells.length} count cell(s) with a unit written in (e.g. "${quoted(cells[0]!.cell.raw)}"): ${names.en}`,
        };
      },
    ),
};
