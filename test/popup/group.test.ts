import { describe, expect, it } from 'vitest';
import { groupFindings, passedRules } from '../../components/popup/group';
import { cellBlank, feeDisclosure, fixtureAudit, labelVariant, rowSum, validLb } from './fixture';

describe('grouping findings for the popup', () => {
  it('orders groups worst first and keeps the core order inside a group', () => {
    const groups = groupFindings([labelVariant, validLb, rowSum, cellBlank, feeDisclosure]);
    expect(groups.map((g) => g.severity)).toEqual(['error', 'warning', 'info']);
    expect(groups[1]?.findings.map((f) => f.id)).toEqual([validLb.id, cellBlank.id]);
  });

  it('opens live errors and warnings, folds notes', () => {
    const open = Object.fromEntries(groupFindings([rowSum, validLb, labelVariant]).map((g) => [g.severity, g.open]));
    expect(open).toEqual({ error: true, warning: true, info: false });
  });

  it('folds a group whose every finding the reviewer dismissed, and counts them apart', () => {
    const [group] = groupFindings([{ ...rowSum, dismissed: true }]);
    expect(group).toMatchObject({ severity: 'error', active: 0, dismissed: 1, open: false });
  });

  it('leaves out empty groups', () => {
    expect(groupFindings([labelVariant]).map((g) => g.severity)).toEqual(['info']);
    expect(groupFindings([])).toEqual([]);
  });
});

describe('rules that passed', () => {
  it('are the rules that ran without a finding, dismissed ones still counting as fired', () => {
    const audit = fixtureAudit([{ ...rowSum, dismissed: true }]);
    expect(passedRules(audit)).toEqual(['T3-RESULTSUM', 'T3-BALANCE', 'T4-SUM', 'T2-VALID-LB', 'CELL-BLANK', 'LABEL-VARIANT', 'FEE-DISCLOSURE', 'SECTIONS']);
  });
});
