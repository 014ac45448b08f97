import {
  T3_APPLICANT_COLUMNS,
  T3_COLUMNS,
  T3_LEGAL_COLUMNS,
  T3_LEGAL_SUBTOTAL,
  t3ResultRows,
  type ParsedReport,
  type Table,
} from '../model';
import { cellName, columnName, type Term } from './labels';
import { equationRule, type Equation } from './sum';

const T = 'applications' as const;
const term = (row: string, col: string): Term => ({ table: T, row, col });
const table3 = (r: ParsedReport): Table | null => r.tables.applications;
const hasRow = (r: ParsedReport, row: string): boolean => table3(r)?.[row] !== undefined;
const hasSubtotal = (r: ParsedReport): boolean =>
  Object.values(table3(r) ?? {}).some((cols) => cols[T3_LEGAL_SUBTOTAL] !== undefined);

/** The applicant columns to check, with the 法人 subtotal where the report adds one. */
const columns = (r: ParsedReport): string[] => [...T3_COLUMNS, ...(hasSubtotal(r) ? [T3_LEGAL_SUBTOTAL] : [])];

/**
 * The rows whose sum is （七）总计. A mixed or unknown template has no canonical list: use the
 * rows the report has, or names (a row named but not read is then missing, and the sum left for
 * review rather than checked without it), taking （六） as sub-rows when it has them so it is
 * never counted twice.
 */
export function resultRows(r: ParsedReport): string[] {
  if (r.format === '2019' || r.format === '2021') return t3ResultRows(r.format);
  const named = new Set(r.mentioned ?? []);
  const present = [...new Set([...t3ResultRows('2019'), ...t3ResultRows('2021')])].filter((row) => hasRow(r, row) || named.has(`${T}.${row}`));
  const subRows = present.filter((row) => row.startsWith('other.'));
  return subRows.length > 0 ? present.filter((row) => row !== 'other') : present;
}

const rowSums = (r: ParsedReport): Equation[] =>
  Object.keys(table3(r) ?? {}).map((row) => ({
    rule: 'T3-ROWSUM',
    targets: [term(row, 'total')],
    addends: T3_APPLICANT_COLUMNS.map((col) => term(row, col)),
    subject: cellName(term(row, 'total'), r.format),
    basis: { zh: '六类申请人之和', en: 'the sum of the six applicant columns' },
  }));

const resultSums = (r: ParsedReport): Equation[] =>
  columns(r).map((col) => ({
    rule: 'T3-RESULTSUM',
    targets: [term('totalProcessed', col)],
    addends: resultRows(r).map((row) => term(row, col)),
    subject: cellName(term('totalProcessed', col), r.format),
    basis: { zh: '各处理结果之和', en: 'the sum of the results' },
  }));

const balances = (r: ParsedReport): Equation[] =>
  columns(r).map((col) => {
    const name = columnName(T, col, r.format);
    return {
      rule: 'T3-BALANCE',
      targets: [term('totalProcessed', col), term('carriedForward', col)],
      addends: [term('newReceived', col), term('carriedOver', col)],
      subject: {
        zh: `「${name.zh}」列（七）总计加四、结转下年度继续办理`,
        en: `Column "${name.en}": (7) Total + IV. Carried forward`,
      },
      basis: {
        zh: '一、本年新收加二、上年结转，即表中注明的勾稽关系',
        en: 'I. New + II. Carried over, the identity the table itself states',
      },
    };
  });

const legalSubtotals = (r: ParsedReport): Equation[] =>
  Object.entries(table3(r) ?? {})
    .filter(([, cols]) => cols[T3_LEGAL_SUBTOTAL] !== undefined)
    .map(([row]) => ({
      rule: 'T3-LEGALSUB',
      targets: [term(row, T3_LEGAL_SUBTOTAL)],
      addends: T3_LEGAL_COLUMNS.map((col) => term(row, col)),
      subject: cellName(term(row, T3_LEGAL_SUBTOTAL), r.format),
      basis: { zh: '五类法人或其他组织之和', en: 'the sum of the five legal-person columns' },
    }));

const BLANKS_HELP = {
  zh: '空白或占位符（/、—、无）的组成项按 0 计；合计栏空白而组成项有数时列为待复核并给出应填数值；无法识别的文字列为待复核。',
  en: 'Blank or placeholder parts (/, —, 无) count as 0; a blank total over filled parts is left for review with the value it should hold; unreadable text is left for review.',
};

export const t3RowSum = equationRule(
  {
    id: 'T3-ROWSUM',
    title: { zh: '表三行合计', en: 'Table 3 row totals' },
    formula: { zh: '总计 = 自然人 + 商业企业 + 科研机构 + 社会公益组织 + 法律服务机构 + 其他', en: 'Total = natural persons + the five organisation columns' },
    help: {
      zh: `表三每一行的「总计」应等于自然人、商业企业、科研机构、社会公益组织、法律服务机构、其他六列之和。${BLANKS_HELP.zh}`,
      en: `In every row of table 3, "total" must equal natural persons + businesses + research + public-interest + legal services + other. ${BLANKS_HELP.en}`,
    },
    appliesTo: (r) => Object.keys(table3(r) ?? {}).length > 0,
  },
  rowSums,
);

export const t3ResultSum = equationRule(
  {
    id: 'T3-RESULTSUM',
    title: { zh: '表三办理结果合计', en: 'Table 3 results total' },
    formula: { zh: '（七）总计 = （一）至（六）各项办理结果之和', en: '(7) Total = the sum of results (1) to (6)' },
    help: {
      zh: `表三每一列的「（七）总计」应等于（一）予以公开、（二）部分公开、（三）不予公开各项、（四）无法提供各项、（五）不予处理各项与（六）其他处理（2021 版为其三项）之和。${BLANKS_HELP.zh}`,
      en: `In every column of table 3, "(7) Total" must equal disclosed + partly disclosed + every not-disclosed, cannot-provide and not-processed row + other handling (its three sub-rows in the 2021 format). ${BLANKS_HELP.en}`,
    },
    appliesTo: (r) => hasRow(r, 'totalProcessed'),
  },
  resultSums,
);

export const t3Balance = equationRule(
  {
    id: 'T3-BALANCE',
    title: { zh: '表三勾稽关系', en: 'Table 3 balance' },
    formula: { zh: '一、本年新收 + 二、上年结转 = （七）总计 + 四、结转下年度继续办理', en: 'New this year + carried over = total handled + carried forward' },
    help: {
      zh: `表三每一列：一、本年新收 + 二、上年结转 = （七）总计 + 四、结转下年度继续办理（表头注明的勾稽关系）。不符时，「（七）总计」与「结转下年度」两格列为有误的单元格，收案两项为计算依据。${BLANKS_HELP.zh}`,
      en: `In every column of table 3: I. new + II. carried over = (7) total + IV. carried forward (the identity printed in the table's header). On failure, "(7) Total" and "carried forward" are marked as the cells in the wrong and the two intake rows as the basis. ${BLANKS_HELP.en}`,
    },
    appliesTo: (r) => hasRow(r, 'totalProcessed') || hasRow(r, 'carriedForward'),
  },
  balances,
);

export const t3LegalSub = equationRule(
  {
    id: 'T3-LEGALSUB',
    title: { zh: '表三法人小计', en: 'Table 3 legal-person subtotal' },
    formula: { zh: '法人或其他组织小计 = 商业企业 + 科研机构 + 社会公益组织 + 法律服务机构 + 其他', en: 'Organisations subtotal = its five columns' },
    help: {
      zh: `报告自行增加「法人或其他组织」小计列时，每一行的小计应等于商业企业、科研机构、社会公益组织、法律服务机构、其他五列之和。${BLANKS_HELP.zh}`,
      en: `Where a report adds a legal-person subtotal column, in every row it must equal businesses + research + public-interest + legal services + other. ${BLANKS_HELP.en}`,
    },
    appliesTo: hasSubtotal,
  },
  legalSubtotals,
);
