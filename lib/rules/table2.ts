import type { Bilingual, Cell, ParsedReport } from '../model';
import { cellAt, isEmpty } from './cells';
import { cellName, quoted, type Term } from './labels';
import type { FindingDraft, Rule } from './rule';

const T = 'activeDisclosure' as const;
const term = (row: string, col: string): Term => ({ table: T, row, col });
const DOCUMENT_ROWS = ['regulations', 'normativeDocuments'] as const;

/**
 * bound(parts) ≤ target, where bound = Σ sign·part. Blank parts count as 0 like in sums; a blank
 * target over a positive bound is left for review. Skipped when a cell is absent (TABLE-MISSING).
 */
function atLeast(
  r: ParsedReport,
  rule: string,
  target: Term,
  parts: { term: Term; sign: 1 | -1 }[],
  basis: Bilingual,
): FindingDraft | null {
  const t = cellAt(r, target);
  const ps = parts.map((p) => ({ ...p, cell: cellAt(r, p.term) }));
  if (!t || ps.some((p) => p.cell === undefined)) return null;
  const cells = ps.map((p) => p.cell as Cell);
  const base = { rule, severity: 'warning' as const, cells: [t.at], related: cells.map((c) => c.at) };
  const name = cellName(target, r.format);
  if ([t, ...cells].some((c) => c.kind === 'text')) {
    return {
      ...base,
      outcome: 'review',
      message: {
        zh: `${name.zh}无法核对（${basis.zh}）：有单元格不是可读的数字，需人工核对`,
        en: `${name.en} cannot be checked (${basis.en}): a cell is not a readable number; needs review`,
      },
    };
  }
  if (isEmpty(t) && cells.every(isEmpty)) return null;
  const bound = ps.reduce((s, p) => s + p.sign * (p.cell!.value ?? 0), 0);
  if (isEmpty(t)) {
    if (bound <= 0) return null;
    return {
      ...base,
      outcome: 'review',
      expected: `≥ ${bound}`,
      message: {
        zh: `${name.zh}未填写，按${basis.zh}至少应为 ${bound}，需人工核对`,
        en: `${name.en} is blank; ${basis.en} means at least ${bound}: needs review`,
      },
    };
  }
  const actual = t.value ?? 0;
  if (actual >= bound) return null;
  return {
    ...base,
    outcome: 'fail',
    expected: `≥ ${bound}`,
    actual,
    message: {
      zh: `${name.zh}至少应为 ${bound}（${basis.zh}），实为 ${actual}`,
      en: `${name.en} should be at least ${bound} (${basis.en}), found ${actual}`,
    },
  };
}

const hasCell = (r: ParsedReport, col: string): boolean =>
  DOCUMENT_ROWS.some((row) => cellAt(r, term(row, col)) !== undefined);

export const t2ValidLowerBound: Rule = {
  id: 'T2-VALID-LB',
  severity: 'warning',
  title: { zh: '现行有效件数下限', en: 'Documents in force: lower bound' },
  formula: { zh: '现行有效件数 ≥ 本年制发件数 − 本年废止件数', en: 'In force ≥ made − repealed' },
  help: {
    zh: '2021 版表二：规章、行政规范性文件的「现行有效件数」不应少于「本年制发件数」减「本年废止件数」（今年新发而未废止的至少仍然有效）。空白按 0 计。',
    en: 'Table 2, 2021 format: for regulations and normative documents, "in force" must be at least "made this year" minus "repealed this year" (what was issued and not repealed is still in force). Blanks count as 0.',
  },
  appliesTo: (r) => hasCell(r, 'inForce'),
  check: (r) =>
    DOCUMENT_ROWS.flatMap(
      (row) =>
        atLeast(
          r,
          'T2-VALID-LB',
          term(row, 'inForce'),
          [
            { term: term(row, 'made'), sign: 1 },
            { term: term(row, 'repealed'), sign: -1 },
          ],
          { zh: '本年制发件数减本年废止件数', en: 'made minus repealed this year' },
        ) ?? [],
    ),
};

export const t2PublishedLeTotal: Rule = {
  id: 'T2-19-PUB-LE-TOTAL',
  severity: 'warning',
  title: { zh: '新公开数量不超过公开总数', en: 'Newly published within total published' },
  formula: { zh: '本年新公开数量 ≤ 对外公开总数量', en: 'Newly published ≤ total published' },
  help: {
    zh: '2019 版表二：规章、规范性文件的「本年新公开数量」不应超过「对外公开总数量」；不符时以「对外公开总数量」为有误的单元格。空白按 0 计。',
    en: 'Table 2, 2019 format: for regulations and normative documents, "newly published" must not exceed "total published"; on failure "total published" is the cell marked. Blanks count as 0.',
  },
  appliesTo: (r) => hasCell(r, 'totalPublished'),
  check: (r) =>
    DOCUMENT_ROWS.flatMap(
      (row) =>
        atLeast(
          r,
          'T2-19-PUB-LE-TOTAL',
          term(row, 'totalPublished'),
          [{ term: term(row, 'newlyPublished'), sign: 1 }],
          { zh: '不少于本年新公开数量', en: 'no fewer than newly published' },
        ) ?? [],
    ),
};

/** 10 亿元. Above it a body's annual fee income in 万元 is far likelier to be yuan typed into the 万元 column. */
export const FEE_WAN_LIMIT = 100_000;
const FEE = term('fees', 'amountWan');

export const t2FeeUnit: Rule = {
  id: 'T2-FEE-UNIT',
  severity: 'warning',
  title: { zh: '收费金额单位', en: 'Fee amount unit' },
  help: {
    zh: `2021 版表二「行政事业性收费·本年收费金额（单位：万元）」应以万元填写：写明「元」，或数值超过 ${FEE_WAN_LIMIT} 万元（10 亿元），多半是把元填进了万元栏。`,
    en: `Table 2, 2021 format: the fee amount is in units of 10,000 yuan. A cell marked 元 (yuan), or above ${FEE_WAN_LIMIT} (one billion yuan), most likely holds yuan in the 10,000-yuan column.`,
  },
  appliesTo: (r) => cellAt(r, FEE) !== undefined,
  check: (r) => {
    const cell = cellAt(r, FEE)!;
    const name = cellName(FEE, r.format);
    const base = { rule: 'T2-FEE-UNIT', severity: 'warning' as const, cells: [cell.at], related: [] };
    if (cell.kind === 'text') {
      return [
        {
          ...base,
          outcome: 'review',
          message: {
            zh: `${name.zh}「${quoted(cell.raw)}」不是可读的金额，无法核对单位，需人工核对`,
            en: `${name.en} "${quoted(cell.raw)}" is not a readable amount, so its unit cannot be checked; needs review`,
          },
        },
      ];
    }
    if (cell.value === null) return [];
    if (cell.unit === '元') {
      return [
        {
          ...base,
          outcome: 'fail',
          actual: cell.raw,
          message: {
            zh: `${name.zh}以「元」填写（${quoted(cell.raw)}），应换算为万元（${cell.value / 10_000}）`,
            en: `${name.en} is given in yuan (${quoted(cell.raw)}); the column is in 10,000 yuan (${cell.value / 10_000})`,
          },
        },
      ];
    }
    if (cell.value <= FEE_WAN_LIMIT) return [];
    return [
      {
        ...base,
        outcome: 'fail',
        actual: cell.value,
        message: {
          zh: `${name.zh}为 ${cell.value} 万元，超过 ${FEE_WAN_LIMIT} 万元，疑为以元填写`,
          en: `${name.en} is ${cell.value} (×10,000 yuan), above ${FEE_WAN_LIMIT}: probably given in yuan`,
        },
      },
    ];
  },
};
