import { AuditExport, SCHEMA_ID, type Finding } from '../../lib/model';

/** A small, valid export for tests of what renders or transforms one. */
export function exportWith(findings: Finding[], status: AuditExport['verdict']['status'] = 'errors'): AuditExport {
  return AuditExport.parse({
    schema: SCHEMA_ID,
    source: { url: 'http://www.example.gov.cn/a.html', title: '测试', auditedAt: '2026-01-01T00:00:00.000Z', tool: { name: 'gov-report-audit', version: '0.1.0' } },
    report: {
      format: '2021', year: 2023, organ: '某某局', title: '某某局2023年政府信息公开工作年度报告',
      publishedAt: null, period: null, sections: [], labels: [],
      tables: {
        activeDisclosure: null,
        reviewLitigation: null,
        applications: {
          totalProcessed: {
            total: { value: 11, raw: '11', kind: 'number', at: { table: 2, row: 20, col: 8 } },
            naturalPerson: { value: null, raw: '', kind: 'blank', at: { table: 2, row: 20, col: 2 } },
          },
        },
      },
    },
    findings,
    verdict: { status, counts: { error: 1, warning: 0, info: 0, review: 0 }, rulesRun: ['T3-ROWSUM'], rulesNotApplicable: [] },
  });
}

export const rowSumError: Finding = {
  id: 'T3-ROWSUM:2.20.8',
  rule: 'T3-ROWSUM',
  severity: 'error',
  outcome: 'fail',
  message: { zh: '（七）总计·总计应为 12，实为 11', en: '(7) Total / total should be 12, found 11' },
  expected: 12,
  actual: 11,
  cells: [{ table: 2, row: 20, col: 8 }],
  related: [{ table: 2, row: 20, col: 2 }],
};
