import { countFindings, statusOf } from '../../lib/audit/verdict';
import { AuditExport, SCHEMA_ID, type Cell, type Finding, type Table } from '../../lib/model';

/**
 * A 2021-format audit as the content script would send it, small enough to read: the popup's
 * fixture until (and besides) the real pipeline. Table indices follow a page whose first
 * <table> is the metadata table, as on the 沭阳 page.
 */
const num = (value: number, table: number, row: number, col: number, raw = String(value)): Cell => ({
  value, raw, kind: 'number', at: { table, row, col },
});
const blank = (table: number, row: number, col: number): Cell => ({ value: null, raw: '', kind: 'blank', at: { table, row, col } });

const T3_COLS = ['naturalPerson', 'commercial', 'research', 'nonprofit', 'legalService', 'otherOrg', 'total'] as const;
/** One table-3 row: the natural-person and total columns filled, the five 法人 columns blank. */
function t3Row(row: number, natural: number, total: number): Record<string, Cell> {
  return Object.fromEntries(
    T3_COLS.map((col, i) => [col, col === 'naturalPerson' ? num(natural, 2, row, 2) : col === 'total' ? num(total, 2, row, 8) : blank(2, row, 2 + i)]),
  );
}

const applications: Table = {
  newReceived: t3Row(3, 26, 26),
  carriedOver: t3Row(4, 0, 0),
  granted: t3Row(5, 26, 26),
  partlyGranted: t3Row(6, 0, 0),
  totalProcessed: t3Row(24, 26, 27),
  carriedForward: t3Row(25, 0, 0),
};
const activeDisclosure: Table = {
  regulations: { made: num(0, 1, 2, 1), repealed: num(0, 1, 2, 2), inForce: num(3, 1, 2, 3) },
  normativeDocuments: { made: num(2, 1, 3, 1), repealed: num(1, 1, 3, 2), inForce: num(0, 1, 3, 3) },
  licensing: { decisions: num(120, 1, 6, 1) },
  fees: { amountWan: { value: 185.5897, raw: '185.5897万元', kind: 'number', unit: '万元', at: { table: 1, row: 12, col: 1 } } },
};
const reviewLitigation: Table = {
  review: {
    upheld: num(0, 3, 2, 0), corrected: num(0, 3, 2, 1), other: num(0, 3, 2, 2),
    pending: num(1, 3, 2, 3), total: num(1, 3, 2, 4),
  },
  litigationDirect: {
    upheld: { value: null, raw: '/', kind: 'placeholder', at: { table: 3, row: 2, col: 5 } },
    corrected: num(0, 3, 2, 6), other: num(0, 3, 2, 7), pending: num(0, 3, 2, 8), total: num(0, 3, 2, 9),
  },
};

export const rowSum: Finding = {
  id: 'T3-ROWSUM:2.24.8',
  rule: 'T3-ROWSUM',
  severity: 'error',
  outcome: 'fail',
  message: { zh: '（七）总计·总计应为 26，实为 27', en: '(7) Total / total should be 26, found 27' },
  expected: 26,
  actual: 27,
  cells: [{ table: 2, row: 24, col: 8 }],
  related: [{ table: 2, row: 24, col: 2 }],
};
export const validLb: Finding = {
  id: 'T2-VALID-LB:1.3.3',
  rule: 'T2-VALID-LB',
  severity: 'warning',
  outcome: 'fail',
  message: { zh: '行政规范性文件现行有效件数 0 少于本年制发 2 减废止 1', en: 'Normative documents in force 0 < made 2 − repealed 1' },
  cells: [{ table: 1, row: 3, col: 3 }],
  related: [{ table: 1, row: 3, col: 1 }, { table: 1, row: 3, col: 2 }],
};
export const cellBlank: Finding = {
  id: 'CELL-BLANK:2',
  rule: 'CELL-BLANK',
  severity: 'warning',
  outcome: 'review',
  message: { zh: '表三有 30 个单元格留空', en: '30 cells of table 3 are blank' },
  cells: [3, 4, 5, 6, 24].map((row) => ({ table: 2, row, col: 3 })),
  related: [],
};
export const labelVariant: Finding = {
  id: 'LABEL-VARIANT:1.3.0',
  rule: 'LABEL-VARIANT',
  severity: 'info',
  outcome: 'fail',
  message: { zh: '“规范性文件”应为“行政规范性文件”', en: '"规范性文件" should read "行政规范性文件"' },
  cells: [{ table: 1, row: 3, col: 0 }],
  related: [],
};
export const feeDisclosure: Finding = {
  id: 'FEE-DISCLOSURE',
  rule: 'FEE-DISCLOSURE',
  severity: 'info',
  outcome: 'fail',
  message: { zh: '第六部分未说明信息处理费收取情况', en: 'Section 6 says nothing about processing fees' },
  cells: [],
  related: [],
};

export function fixtureAudit(findings: Finding[] = [rowSum, validLb, cellBlank, labelVariant, feeDisclosure]): AuditExport {
  const counts = countFindings(findings);
  return AuditExport.parse({
    schema: SCHEMA_ID,
    source: {
      url: 'http://www.shuyang.gov.cn/sygfj/gknb/202401/report.shtml',
      title: '沭阳县发展和改革局2023年政府信息公开工作年度报告',
      auditedAt: '2024-02-01T08:00:00.000Z',
      tool: { name: 'gov-report-audit', version: '0.1.0' },
    },
    report: {
      format: '2021', year: 2023, organ: '沭阳县发展和改革局',
      title: '沭阳县发展和改革局2023年政府信息公开工作年度报告',
      publishedAt: '2024-01-20', period: null, sections: [], labels: [],
      tables: { activeDisclosure, applications, reviewLitigation },
    },
    findings,
    verdict: {
      status: statusOf(counts),
      counts,
      rulesRun: ['T3-ROWSUM', 'T3-RESULTSUM', 'T3-BALANCE', 'T4-SUM', 'T2-VALID-LB', 'CELL-BLANK', 'LABEL-VARIANT', 'FEE-DISCLOSURE', 'SECTIONS'],
      rulesNotApplicable: ['T3-LEGALSUB', 'CARRY-XYEAR'],
    },
  });
}
