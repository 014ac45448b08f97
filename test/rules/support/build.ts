import {
  SECTION_TITLES,
  T2_ROWS_2019,
  T2_ROWS_2021,
  T3_COLUMNS,
  T3_ROWS_2019,
  T3_ROWS_2021,
  T4_GROUPS,
  T4_LEAVES,
  type Cell,
  type CellRef,
  type Finding,
  type ParsedReport,
  type TableKey,
} from '../../../lib/model';
import { runRules } from '../../../lib/rules';

/** Where each table sits in the built report: its index, like the n-th table block of a page. */
export const TABLE_INDEX: Record<TableKey, number> = { activeDisclosure: 0, applications: 1, reviewLitigation: 2 };

const PLACEHOLDERS = new Set(['/', '-', '—', '--', '无', '不适用', 'N/A']);
const NUMBER = /^([+-]?\d+(?:\.\d+)?)(件|个|条|次|元|万元)?$/;

/** A cell as SPEC §3 reads `raw`: blank, placeholder, number (with its unit) or text. */
export function cell(raw: string | number, at: CellRef): Cell {
  const s = String(raw);
  if (s.trim() === '') return { value: null, raw: s, kind: 'blank', at };
  if (PLACEHOLDERS.has(s.trim())) return { value: null, raw: s, kind: 'placeholder', at };
  const m = NUMBER.exec(s.trim());
  if (!m) return { value: null, raw: s, kind: 'text', at };
  return { value: Number(m[1]), raw: s, kind: 'number', at, ...(m[2] ? { unit: m[2] } : {}) };
}

/** Grid positions as a page lays them out: header rows first, label columns first. */
function position(table: TableKey, rowIndex: number, colIndex: number): CellRef {
  if (table === 'reviewLitigation') return { table: TABLE_INDEX[table], row: 3, col: rowIndex * 5 + colIndex };
  if (table === 'applications') return { table: TABLE_INDEX[table], row: 3 + rowIndex, col: 3 + colIndex };
  return { table: TABLE_INDEX[table], row: 1 + rowIndex * 2, col: 1 + colIndex };
}

type Layout = [row: string, cols: readonly string[]][];

function layouts(format: '2019' | '2021'): Record<TableKey, Layout> {
  const t2 = format === '2019' ? T2_ROWS_2019 : T2_ROWS_2021;
  const t3 = format === '2019' ? T3_ROWS_2019 : T3_ROWS_2021;
  return {
    activeDisclosure: t2.map(([row, , cols]) => [row, cols]),
    applications: t3.map(([row]) => [row, T3_COLUMNS]),
    reviewLitigation: T4_GROUPS.map((g) => [g, T4_LEAVES]),
  };
}

/** A valid report of the given template, every count 0: a test changes what it is about. */
export function buildReport(format: '2019' | '2021' = '2021', year = format === '2019' ? 2020 : 2023): ParsedReport {
  const tables = Object.fromEntries(
    Object.entries(layouts(format)).map(([table, layout]) => [
      table,
      Object.fromEntries(
        layout.map(([row, cols], ri) => [
          row,
          Object.fromEntries(cols.map((col, ci) => [col, cell(0, position(table as TableKey, ri, ci))])),
        ]),
      ),
    ]),
  ) as ParsedReport['tables'];
  return {
    format,
    year,
    organ: '某某局',
    title: `某某局${year}年政府信息公开工作年度报告`,
    publishedAt: null,
    period: { from: `${year}-01-01`, to: `${year}-12-31`, raw: `${year}年1月1日至${year}年12月31日` },
    sections: SECTION_TITLES.map((title, i) => ({ number: i + 1, title })),
    tables,
    labels: [],
    narrative: '',
    otherMatters: format === '2021' ? '本年度未收取信息处理费。' : '无其他需要报告的事项。',
  };
}

/** Sets cells by canonical keys, keeping each cell's position; a new key gets a fresh position. */
export function set(report: ParsedReport, table: TableKey, values: Record<string, Record<string, string | number>>): ParsedReport {
  const t = (report.tables[table] ??= {});
  for (const [row, cols] of Object.entries(values)) {
    const r = (t[row] ??= {});
    for (const [col, raw] of Object.entries(cols)) {
      r[col] = cell(raw, r[col]?.at ?? { table: TABLE_INDEX[table], row: 90 + Object.keys(t).indexOf(row), col: 20 + Object.keys(r).length });
    }
  }
  return report;
}

export const at = (report: ParsedReport, table: TableKey, row: string, col: string): CellRef => {
  const c = report.tables[table]?.[row]?.[col];
  if (!c) throw new Error(`no cell ${table}.${row}.${col}`);
  return c.at;
};

export const findings = (report: ParsedReport, rule: string): Finding[] =>
  runRules(report).findings.filter((f) => f.rule === rule);
