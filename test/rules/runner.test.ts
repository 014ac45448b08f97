import { describe, expect, it } from 'vitest';
import { RULES, runRules, type Rule } from '../../lib/rules';
import { buildReport, set } from './support/build';

describe('runRules', () => {
  it.each(['2019', '2021'] as const)('finds nothing in a valid all-zero %s report', (format) => {
    const run = runRules(buildReport(format));
    expect(run.findings).toEqual([]);
    expect([...run.rulesRun, ...run.rulesNotApplicable].sort()).toEqual(RULES.map((r) => r.id).sort());
  });

  it('lists rules without their inputs as not applicable, not as run', () => {
    const report = buildReport('2021');
    report.tables.applications = null;
    report.tables.reviewLitigation = null;
    const run = runRules(report);
    for (const id of ['T3-ROWSUM', 'T3-RESULTSUM', 'T3-BALANCE', 'T3-LEGALSUB', 'T4-SUM', 'TEXT-T3', 'TEXT-T4', 'T2-19-PUB-LE-TOTAL']) {
      expect(run.rulesNotApplicable).toContain(id);
      expect(run.rulesRun).not.toContain(id);
    }
  });

  it('turns a rule that throws into a review finding naming it, and runs the others', () => {
    const boom: Rule = { ...RULES[0]!, check: () => { throw new Error('boom'); } };
    const rules = RULES as Rule[];
    const saved = rules[0]!;
    rules[0] = boom;
    try {
      const report = set(buildReport('2021'), 'applications', { granted: { total: 3 } });
      const run = runRules(report);
      expect(run.findings[0]).toMatchObject({ id: 'T3-ROWSUM:', rule: 'T3-ROWSUM', outcome: 'review' });
      expect(run.findings[0]!.message.en).toContain('boom');
      expect(run.findings.some((f) => f.rule === 'T3-RESULTSUM')).toBe(true);
      expect(run.rulesRun).toContain('T3-ROWSUM');
    } finally {
      rules[0] = saved;
    }
  });

  it('gives stable ids from rule and cells, with #n for repeats, in catalogue then cell order', () => {
    const report = set(buildReport('2021'), 'applications', { granted: { naturalPerson: 1 } });
    report.sections = [];
    report.period = { from: '2023-02-01', to: '2023-12-31', raw: '2023年2月1日至12月31日' };
    const ids = runRules(report).findings.map((f) => f.id);
    expect(ids).toEqual(['T3-ROWSUM:1.5.9', 'T3-RESULTSUM:1.26.3', 'PERIOD:']);
    expect(runRules(report).findings.map((f) => f.id)).toEqual(ids);
  });

  it('numbers repeated ids in order', () => {
    const report = buildReport('2021');
    report.sections = [{ number: 1, title: '总体情况' }, { number: 2, title: '公开平台建设情况' }, { number: 3, title: '网站建设' }];
    const ids = runRules(report).findings.filter((f) => f.rule === 'SECTIONS').map((f) => f.id);
    expect(ids).toEqual(['SECTIONS:', 'SECTIONS:#2', 'SECTIONS:#3']);
  });
});
