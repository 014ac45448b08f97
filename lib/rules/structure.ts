import {
  T2_ROWS_2019,
  T2_ROWS_2021,
  T3_COLUMNS,
  T3_LEGAL_SUBTOTAL,
  T3_ROWS_2019,
  T3_ROWS_2021,
  T4_GROUPS,
  T4_LEAVES,
  TABLE_KEYS,
  type Bilingual,
  type FoundLabel,
  type ParsedReport,
  type TableKey,
} from '../model';
import { cellName, listNames, officialLabels, quoted, rowName, tableName, type Term } from './labels';
import type { FindingDraft, Rule } from './rule';

const FORMAT_DOCS = { '2019': '国办公开办函〔2019〕60号', '2021': '国办公开办函〔2021〕30号' } as const;

export const formatVersion: Rule = {
  id: 'FORMAT-VERSION',
  severity: 'error',
  title: { zh: '表格版本', en: 'Template version' },
  help: {
    zh: '2019、2020 年度报告应使用 2019 版表格（国办公开办函〔2019〕60号），2021 年度起应使用 2021 版（国办公开办函〔2021〕30号）。两版混用为错误；版本与年度不符，2021 年度起为错误，此前为警告。年度或版本无法识别、或年度早于 2019（两版模板之前）时不适用。',
    en: 'Reports for 2019 and 2020 use the 2019 template (国办公开办函〔2019〕60号); reports for 2021 onward use the 2021 template (国办公开办函〔2021〕30号). Mixing both is an error; a mismatch is an error from 2021 on, a warning before. Not applicable when the year or the template cannot be recognised, or for years before 2019 (before either template).',
  },
  appliesTo: (r) => r.year !== null && r.year >= 2019 && r.format !== 'unknown',
  check: (r) => {
    const year = r.year!;
    if (r.format === 'mixed') {
      return [
        {
          rule: 'FORMAT-VERSION',
          severity: 'error',
          outcome: 'fail',
          actual: 'mixed',
          cells: [],
          related: [],
          message: {
            zh: '表格混用了 2019 版与 2021 版模板的栏目',
            en: 'The tables mix headings of the 2019 and the 2021 templates',
          },
        },
      ];
    }
    const expected = year <= 2020 ? '2019' : '2021';
    if (r.format === expected) return [];
    return [
      {
        rule: 'FORMAT-VERSION',
        severity: year >= 2021 ? 'error' : 'warning',
        outcome: 'fail',
        expected,
        actual: r.format,
        cells: [],
        related: [],
        message: {
          zh: `${year} 年度报告应使用 ${expected} 版表格（${FORMAT_DOCS[expected]}），实为 ${r.format} 版`,
          en: `A report for ${year} should use the ${expected} template (${FORMAT_DOCS[expected]}), found ${r.format}`,
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

function missingIn(r: ParsedReport, table: TableKey): FindingDraft | null {
  const t = tableName(table);
  const found = r.tables[table];
  const base = { rule: 'TABLE-MISSING', severity: 'error' as const, outcome: 'fail' as const, cells: [], related: [] };
  if (!found || Object.keys(found).length === 0) {
    return { ...base, message: { zh: `未找到${t.zh}`, en: `${t.en} not found` } };
  }
  const expected = canonical(r, table);
  if (!expected) return null;
  const missingRows = expected.filter(([row]) => !found[row]).map(([row]) => rowName(table, row, r.format));
  const missingCells = expected
    .filter(([row]) => found[row])
    .flatMap(([row, cols]) => cols.filter((col) => !found[row]![col]).map((col): Term => ({ table, row, col })))
    .map((term) => cellName(term, r.format));
  if (missingRows.length === 0 && missingCells.length === 0) return null;
  const parts: Bilingual[] = [];
  if (missingRows.length > 0) {
    const l = listNames(missingRows);
    parts.push({ zh: `行 ${l.zh}`, en: `row(s) ${l.en}` });
  }
  if (missingCells.length > 0) {
    const l = listNames(missingCells);
    parts.push({ zh: `单元格 ${l.zh}`, en: `cell(s) ${l.en}` });
  }
  return {
    ...base,
    message: {
      zh: `${t.zh}缺少${parts.map((p) => p.zh).join('；')}`,
      en: `${t.en} is missing ${parts.map((p) => p.en).join('; ')}`,
    },
  };
}

export const tableMissing: Rule = {
  id: 'TABLE-MISSING',
  severity: 'error',
  title: { zh: '表格或栏目缺失', en: 'Missing table, row or column' },
  help: {
    zh: '表二、表三、表四都应存在，且该版模板的每一行、每一列都应找到。版本无法识别时，表二只核对是否存在，表三按两版共有的行核对。',
    en: 'Tables 2, 3 and 4 must all be present, with every row and column of the template for the report\'s format. When the format is unknown, table 2 is only checked for presence and table 3 against the rows both templates share.',
  },
  appliesTo: () => true,
  check: (r) => TABLE_KEYS.flatMap((table) => missingIn(r, table) ?? []),
};

// Typography is not a variant: spaces, line breaks, and half- vs full-width brackets and quotes.
const normalise = (s: string): string =>
  s
    .replace(/[\s\u00a0\u3000]+/g, '')
    .replace(/\(/g, '（')
    .replace(/\)/g, '）')
    .replace(/["“”「」]/g, '"')
    .replace(/[．。]/g, '.')
    .replace(/：/g, ':');

/** 'denied' → '（三）不予公开': the heading a sub-row's label may carry in front of it. */
const GROUP_HEADINGS = new Map(
  [...T3_ROWS_2019, ...T3_ROWS_2021]
    .filter(([key, label]) => key.includes('.') && label.includes(' '))
    .map(([key, label]) => [key.split('.')[0]!, label.split(' ')[0]!]),
);

/** The forms a label may legitimately take in a grid: whole, split at, or joined to its group heading. */
function acceptedForms(label: FoundLabel, official: string): string[] {
  const heading = label.table === 'applications' ? GROUP_HEADINGS.get(label.key.split('.')[0]!) : undefined;
  const forms = [official, ...official.split(/[ ·]/), ...(heading ? [heading + official] : [])];
  if (label.key === 'amount') forms.push(`${official}（元）`, `${official}（万元）`, `${official}（单位：元）`, `${official}（单位：万元）`);
  return forms.map(normalise);
}

function variantOf(r: ParsedReport, label: FoundLabel): FindingDraft | null {
  // The template has no 法人 subtotal: whatever a report calls the column it added is its own wording.
  if (label.key === T3_LEGAL_SUBTOTAL) return null;
  const officials = officialLabels(label.table, label.key, r.format);
  if (officials.length === 0) return null;
  const raw = normalise(label.raw);
  if (officials.some((o) => acceptedForms(label, o).includes(raw))) return null;
  const official = officials[0]!;
  const other = r.format === '2021' ? '2019' : r.format === '2019' ? '2021' : null;
  const legacy = other !== null && officialLabels(label.table, label.key, other).some((o) => normalise(o) === raw);
  const why: Bilingual = legacy
    ? { zh: `，为 ${other} 版模板的表述`, en: `, the wording of the ${other} template` }
    : { zh: '', en: '' };
  return {
    rule: 'LABEL-VARIANT',
    severity: 'info',
    outcome: 'fail',
    expected: official,
    actual: label.raw,
    cells: [label.at],
    related: [],
    message: {
      zh: `标签「${quoted(label.raw)}」与官方表述「${official}」不同${why.zh}`,
      en: `Label "${quoted(label.raw)}" differs from the official wording "${official}"${why.en}`,
    },
  };
}

export const labelVariant: Rule = {
  id: 'LABEL-VARIANT',
  severity: 'info',
  title: { zh: '标签与官方表述不同', en: 'Label differs from the template' },
  help: {
    zh: '表格的行、列标签应与该版模板一致（忽略空格、换行和全半角括号、引号）。旧版表述（如 2021 版表中的「规范性文件」）、错别字（如「行政事业型收费」）、标签内的注释、「上年转结」之类的改写均提示。',
    en: 'Row and column labels should match the template of the report\'s format, ignoring spaces, line breaks and half/full-width brackets and quotes. Old wording (规范性文件 in a 2021 table), typos (行政事业型收费), notes inside labels and rewordings such as 上年转结 are reported.',
  },
  appliesTo: (r) => r.labels.length > 0,
  check: (r) => r.labels.flatMap((l) => variantOf(r, l) ?? []),
};
