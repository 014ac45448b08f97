import { describe, expect, it } from 'vitest';
import { applyDismissals } from '../../lib/audit';
import { exportWith, rowSumError } from '../support/export';

describe('a reviewer dismissing a finding', () => {
  it('marks it dismissed and no longer counts it in the verdict', () => {
    const out = applyDismissals(exportWith([rowSumError]), [rowSumError.id]);
    expect(out.findings[0]?.dismissed).toBe(true);
    expect(out.verdict.status).toBe('pass');
    expect(out.verdict.counts.error).toBe(0);
  });

  it('leaves everything else as the core produced it', () => {
    const audit = exportWith([rowSumError]);
    const out = applyDismissals(audit, ['something-else']);
    expect(out).toEqual(audit);
  });

  it('undoing a dismissal restores the finding', () => {
    const dismissed = applyDismissals(exportWith([rowSumError]), [rowSumError.id]);
    const restored = applyDismissals(dismissed, []);
    expect(restored.findings[0]?.dismissed).toBeUndefined();
    expect(restored.verdict.status).toBe('errors');
  });
});
