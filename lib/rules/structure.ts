import {
  T2_ROWS_2019,
  T2_ROWS_2021,
  T3_COLUMNS,
  T3_ROWS_2019,
  T3_ROWS_2021,
  T4_GROUPS,
  T4_LEAVES,
  TABLE_KEYS,
  type Bilingual,
  type ParsedReport,
  type TableKey,
  type UnalignedRow,
} from '../model';
import { cellName, columnName, listNames, rowName, tableName, type Term } from './labels';
import type { FindingDraft, Rule } from './rule';

const FORMAT_DOCS = { '2019': '国办公开办函〔2019〕60号', '2021': '国办公开办函〔2021〕30号' } as const;

type Template = '2019' | '2021';

/** A part of the tables that only one template has, named as a reviewer finds it on the page. */
interface Marker {
  template: Template;
  name: Bilingual;
  keys: { table: TableKey; key: string }[];
}

const T2_2019_COLUMNS = ['newlyMade', 'newlyPublished', 'totalPublished', 'previousItems', 'change', 'projects', 'amount'];
const T2_2021_COLUMNS = ['made', 'repealed', 'inForce', 'amountWan'];

/** Which parts of the report's tables belong to which template (SPEC §1 "how to recognise it"). */
function markers(r: ParsedReport): Marker[] {
  const out: Marker[] = [];
  const t3 = Object.keys(r.tables.applications ?? {});
  if (t3.includes('other')) {
    out.push({
      template: '2019',
      name: { zh: '表三「（六）其他处理」只有一行', en: 'table 3 has a single "(6) Other handling" row' },
      keys: [{ table: 'applications', key: 'other' }],
    });
  }
  const subRows = t3.filter((k) => k.startsWith('other.'));
  if (subRows.length > 0) {
    out.push({
      template: '2021',
      name: { zh: '表三「（六）其他处理」分三项', en: 'table 3 splits "(6) Other handling" into three rows' },
      keys: subRows.map((key) => ({ table: 'applications', key })),
    });
  }
  const t2 = r.tables.activeDisclosure ?? {};
  for (const row of ['otherServices', 'procurement'].filter((k) => t2[k])) {
    const name = rowName('activeDisclosure', row, '2019');
    out.push({ template: '2019', name: { zh: `表二「${name.zh}」行`, en: `table 2 row "${name.en}"` }, keys: [{ table: 'activeDisclosure', key: row }] });
  }
  const columns = new Set(Object.values(t2).flatMap((cols) => Object.keys(cols)));
  for (const [template, keys] of [['2019', T2_2019_COLUMNS], ['2021', T2_2021_COLUMNS]] as const) {
    const present = keys.filter((k) => columns.has(k));
    if (present.length === 0) continue;
    const names = listNames(present.map((k) => columnName('activeDisclosure', k, template)));
    out.push({
      template,
      name: { zh: `表二栏目${names.zh}`, en: `table 2 columns ${names.en}` },
      keys: present.map((key) => ({ table: 'activeDisclosure', key })),
    });
  }
  return out;
}

export const formatVersion: Rule = {
  id: 'FORMAT-VERSION',
  severity: 'error',
  title: { zh: '表格版本', en: 'Template version' },
  help: {
    zh: '2019、2020 年度报告应使用 2019 版表格（国办公开办函〔2019〕60号），2021 年度起应使用 2021 版（国办公开办函〔2021〕30号）。发现写明不符合的部分：如 2021 年度报告的表三仍用 2019 版的单行「（六）其他处理」。两版混用为错误；版本与年度不符，2021 年度起为错误，此前为警告。年度或版本无法识别、或年度早于 2019（两版模板之前）时不适用。',
    en: 'Reports for 2019 and 2020 use the 2019 template (国办公开办函〔2019〕60号); reports for 2021 onward use the 2021 template (国办公开办函〔2021〕30号). The finding names the parts that deviate, e.g. a 2021 report whose table 3 keeps the single 2019 "(6) Other handling" row. Mixing both is an error; a mismatch is an error from 2021 on, a warning before. Not applicable when the year or the template cannot be recognised, or for years before 2019 (before either template).',
  },
  appliesTo: (r) => r.year !== null && r.year >= 2019 && r.format !== 'unknown',
  check: (r) => {
    const year = r.year!;
    const expected: Template = year <= 2020 ? '2019' : '2021';
    if (r.format === expected) return [];
    const other: Template = expected === '2019' ? '2021' : '2019';
    const deviating = markers(r).filter((m) => m.template === other);
    const labelAt = new Map(r.labels.map((l) => [`${l.table}.${l.key}`, l.at]));
    const cells = deviating.flatMap((m) => m.keys.flatMap((k) => labelAt.get(`${k.table}.${k.key}`) ?? []));
    const which: Bilingual = {
      zh: deviating.map((m) => m.name.zh).join('；'),
      en: deviating.map((m) => m.name.en).join('; '),
    };
    const mixed = r.format === 'mixed';
    return [
      {
        rule: 'FORMAT-VERSION',
        severity: mixed || year >= 2021 ? 'error' : 'warning',
        outcome: 'fail',
        expected,
        actual: r.format,
        cells,
        related: [],
        message: {
          zh: `${year} 年度报告应使用 ${expected} 版表格（${FORMAT_DOCS[expected]}），${mixed ? `但混用了两版，其中为 ${other} 版格式的是` : `实为 ${other} 版`}：${which.zh || `${r.format} 版`}`,
          en: `A report for ${year} should use the ${expected} template (${FORMAT_DOCS[expected]}); ${mixed ? `it mixes both, and in the ${other} layout are` : `it uses the ${other} template`}: ${which.en || r.format}`,
        },
      },
    ];
  },
};

/** row → columns the template requires, for this report's format; null where it cannot be known. */
function canonical(r: ParsedReport, table: TableKey): [string, readonly string[]][] | null {
  if (table === 'reviewLitigation') return T4_GROUPS.map((g) => [g, T4_LEAVES]);
  if (table === 'activeDisclosure') {
    if (r.format === '2019') return T2_ROWS_2019.map(([row, , cols]) => [row, cols]);
    if (r.format === '2021') return T2_ROWS_2021.map(([row, , cols]) => [row, cols]);
    return null;
  }
  const rows =
    r.format === '2019'
      ? T3_ROWS_2019.map(([k]) => k as string)
      : r.format === '2021'
        ? T3_ROWS_2021.map(([k]) => k as string)
        : // Unknown template: the rows both share, plus whichever form of （六） the report used.
          T3_ROWS_2021.map(([k]) => k as string).filter((k) => !k.startsWith('other.')).concat(
            r.tables.applications?.other ? ['other'] : ['other.noCorrection', 'other.feeUnpaid', 'other.misc'],
          );
  return rows.map((row) => [row, T3_COLUMNS]);
}

const MISSING_BASE = { rule: 'TABLE-MISSING', severity: 'error' as const, cells: [], related: [] };

/** Whether the page names a row or column anywhere; a parser that did not look assumes it does not. */
const mentionedIn = (r: ParsedReport) => {
  const seen = new Set(r.mentioned ?? []);
  return (table: TableKey, key: string): boolean => seen.has(`${table}.${key}`);
};

/** Text rows with fewer values than columns: which value is which column's is unknown. */
function shortRowsPart(table: TableKey, short: UnalignedRow[], format: ParsedReport['format']): Bilingual {
  const l = listNames(short.map((u) => rowName(table, u.key, format)));
  const u = short[0]!;
  return {
    zh: `行 ${l.zh} 的数值个数少于表头列数（如 ${u.values} 个对 ${u.columns} 列），无法确定各数值属于哪一列`,
    en: `row(s) ${l.en} have fewer values than the header has columns (e.g. ${u.values} for ${u.columns}), so which value is which column's is unknown`,
  };
}

/** A row or column key the page mentions, by its official name. */
function mentionName(table: TableKey, key: string, format: ParsedReport['format']): Bilingual {
  const row = rowName(table, key, format);
  return row.zh !== key ? row : columnName(table, key, format);
}

function missingIn(r: ParsedReport, table: TableKey): FindingDraft[] {
  const t = tableName(table);
  const found = r.tables[table];
  const named = mentionedIn(r);
  const unaligned = (r.unaligned ?? []).filter((u) => u.table === table);
  if (!found || Object.keys(found).length === 0) {
    const seen = (r.mentioned ?? []).filter((m) => m.startsWith(`${table}.`)).map((m) => m.slice(table.length + 1));
    if (seen.length === 0 && unaligned.length === 0) {
      return [{ ...MISSING_BASE, outcome: 'fail', message: { zh: `未找到${t.zh}`, en: `${t.en} not found` } }];
    }
    if (unaligned.length > 0) {
      const part = shortRowsPart(table, unaligned, r.format);
      return [{ ...MISSING_BASE, outcome: 'review', cells: unaligned.map((u) => u.at), message: { zh: `${t.zh}：${part.zh}，需人工核对`, en: `${t.en}: ${part.en}; needs review` } }];
    }
    const example = mentionName(table, seen[0]!, r.format);
    return [
      {
        ...MISSING_BASE,
        outcome: 'review',
        cells: [],
        message: {
          zh: `页面上有${t.zh}的栏目（如「${example.zh}」），但未能把数值对应到行和列，需人工核对`,
          en: `The page has ${t.en}'s headings (e.g. "${example.en}") but its values could not be tied to rows and columns; needs review`,
        },
      },
    ];
  }
  const expected = canonical(r, table);
  if (!expected) return [];
  const absentRows = expected.filter(([row]) => !found[row]).map(([row]) => row);
  const absentCells = expected
    .filter(([row]) => found[row])
    .flatMap(([row, cols]) => cols.filter((col) => !found[row]![col]).map((col): Term => ({ table, row, col })));
  const out: FindingDraft[] = [];

  // The report's fault: what it never names.
  const lackedRows = absentRows.filter((row) => !named(table, row) && !unaligned.some((u) => u.key === row));
  const lackedCells = absentCells.filter((c) => !named(table, c.col));
  if (lackedRows.length > 0 || lackedCells.length > 0) {
    const parts: Bilingual[] = [];
    if (lackedRows.length > 0) {
      const l = listNames(lackedRows.map((row) => rowName(table, row, r.format)));
      parts.push({ zh: `行 ${l.zh}`, en: `row(s) ${l.en}` });
    }
    if (lackedCells.length > 0) {
      const l = listNames(lackedCells.map((term) => cellName(term, r.format, true)));
      parts.push({ zh: `单元格 ${l.zh}`, en: `cell(s) ${l.en}` });
    }
    out.push({
      ...MISSING_BASE,
      outcome: 'fail',
      message: {
        zh: `${t.zh}缺少${parts.map((p) => p.zh).join('；')}`,
        en: `${t.en} is missing ${parts.map((p) => p.en).join('; ')}`,
      },
    });
  }

  // Ours: rows read without their columns, and rows or cells the page names but we did not read.
  const unread = absentRows.filter((row) => !lackedRows.includes(row));
  const unreadCells = absentCells.filter((c) => !lackedCells.includes(c));
  if (unread.length > 0 || unreadCells.length > 0) {
    const parts: Bilingual[] = [];
    const short = unaligned.filter((u) => unread.includes(u.key));
    if (short.length > 0) parts.push(shortRowsPart(table, short, r.format));
    const elsewhere = unread.filter((row) => !short.some((u) => u.key === row));
    if (elsewhere.length > 0) {
      const l = listNames(elsewhere.map((row) => rowName(table, row, r.format)));
      parts.push({ zh: `行 ${l.zh} 在页面上出现，但未能读出其数值`, en: `row(s) ${l.en} appear on the page but their values were not read` });
    }
    if (unreadCells.length > 0) {
      const l = listNames(unreadCells.map((term) => cellName(term, r.format, true)));
      parts.push({ zh: `单元格 ${l.zh} 的栏目在页面上出现，但未能读出数值`, en: `cell(s) ${l.en} have headings on the page but were not read` });
    }
    out.push({
      ...MISSING_BASE,
      outcome: 'review',
      cells: short.map((u) => u.at),
      message: {
        zh: `${t.zh}：${parts.map((p) => p.zh).join('；')}，需人工核对`,
        en: `${t.en}: ${parts.map((p) => p.en).join('; ')}; needs review`,
      },
    });
  }
  return out;
}

export const tableMissing: Rule = {
  id: 'TABLE-MISSING',
  severity: 'error',
  title: { zh: '表格或栏目缺失', en: 'Missing table, row or column' },
  help: {
    zh: '表二、表三、表四都应存在，且该版模板的每一行、每一列都应找到。只有页面上根本没有该表、该行或该列的标签时才算报告缺失（错误）；标签在页面上、但数值未能对应到行列时（标签与数值分离、数字连在一起、页脚插在表中），列为待复核。版本无法识别时，表二只核对是否存在，表三按两版共有的行核对。',
    en: 'Tables 2, 3 and 4 must all be present, with every row and column of the template for the report\'s format. Only a table, row or column whose label appears nowhere on the page is missing from the report (an error); where the label is there but its values could not be tied to rows and columns (labels apart from their values, numbers run together, a page footer inside the table) the finding is left for review. When the format is unknown, table 2 is only checked for presence and table 3 against the rows both templates share.',
  },
  appliesTo: () => true,
  check: (r) => TABLE_KEYS.flatMap((table) => missingIn(r, table)),
};
