import { describe, expect, it } from 'vitest';
import { FOLD_FROM, groupFindings, passedRules } from '../../components/popup/group';
import type { Finding } from '../../lib/model';
import { cellBlank, feeDisclosure, fixtureAudit, labelVariant, rowSum, validLb } from './fixture';

const blankTotal = (i: number): Finding => ({ ...rowSum, id: `${rowSum.id}#${i}`, outcome: 'review', message: { zh: `第 ${i} 行总计未填写`, en: `row ${i} total blank` } });

describe('grouping findings for the popup', () => {
  it('orders groups worst first and keeps the core order inside a group', () => {
    const groups = groupFindings([labelVariant, validLb, rowSum, cellBlank, feeDisclosure]);
    expect(groups.map((g) => g.kind)).toEqual(['error', 'warning', 'review', 'info']);
    expect(groups[3]?.findings.map((f) => f.id)).toEqual([labelVariant.id, feeDisclosure.id]);
  });

  it('puts a finding that needs review in its own group, never under 错误, whatever its rule’s severity', () => {
    const groups = groupFindings([rowSum, blankTotal(1), validLb]);
    expect(groups.map((g) => [g.kind, g.findings.map((f) => f.id)])).toEqual([
      ['error', [rowSum.id]],
      ['warning', [validLb.id]],
      ['review', [blankTotal(1).id]],
    ]);
  });

  it('counts each group as the verdict line does', () => {
    const audit = fixtureAudit([rowSum, blankTotal(1), blankTotal(2), validLb, { ...labelVariant, dismissed: true }]);
    const active = Object.fromEntries(groupFindings(audit.findings).map((g) => [g.kind, g.active]));
    expect(active).toEqual({ error: 1, warning: 1, review: 2, info: 0 });
    expect(audit.verdict.counts).toMatchObject({ error: 1, warning: 1, review: 2, info: 0 });
  });

  it(`folds ${FOLD_FROM} or more findings of one rule into one line, in the place of the first`, () => {
    const blanks = Array.from({ length: 12 }, (_, i) => blankTotal(i + 1));
    const [review] = groupFindings([...blanks]);
    expect(review!.items).toHaveLength(1);
    expect(review!.items[0]).toMatchObject({ fold: true, rule: 'T3-ROWSUM' });
    const two = groupFindings(blanks.slice(0, 2))[0]!;
    expect(two.items.map((it) => it.fold)).toEqual([false, false]);
  });

  it('opens live errors, warnings and questions, folds notes', () => {
    const open = Object.fromEntries(groupFindings([rowSum, validLb, blankTotal(1), labelVariant]).map((g) => [g.kind, g.open]));
    expect(open).toEqual({ error: true, warning: true, review: true, info: false });
  });

  it('folds a group whose every finding the reviewer dismissed, and counts them apart', () => {
    const [group] = groupFindings([{ ...rowSum, dismissed: true }]);
    expect(group).toMatchObject({ kind: 'error', active: 0, dismissed: 1, open: false });
  });

  it('leaves out empty groups', () => {
    expect(groupFindings([labelVariant]).map((g) => g.kind)).toEqual(['info']);
    expect(groupFindings([])).toEqual([]);
  });
});

describe('rules that passed', () => {
  it('are the rules that ran without a finding, dismissed ones still counting as fired', () => {
    const audit = fixtureAudit([{ ...rowSum, dismissed: true }]);
    expect(passedRules(audit)).toEqual(['T3-RESULTSUM', 'T3-BALANCE', 'T4-SUM', 'T2-VALID-LB', 'CELL-BLANK', 'LABEL-VARIANT', 'FEE-DISCLOSURE', 'SECTIONS']);
  });
});
