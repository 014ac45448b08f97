import { describe, expect, it } from 'vitest';
import { AuditReply, RevealReply, ToBackground, ToContent } from '../../utils/protocol';
import { exportWith, rowSumError } from '../support/export';

describe('ToContent', () => {
  it.each([{ type: 'get-audit' }, { type: 'audit-now' }, { type: 'reveal', findingId: 'x' }, { type: 'set-overlay', visible: false }, { type: 'dismissals-changed' }])(
    'accepts %o',
    (msg) => expect(ToContent.safeParse(msg).success).toBe(true),
  );

  it.each([null, 'get-audit', {}, { type: 'nope' }, { type: 'reveal' }, { type: 'set-overlay', visible: 'yes' }])('rejects %o', (msg) => {
    expect(ToContent.safeParse(msg).success).toBe(false);
  });
});

describe('ToBackground', () => {
  it('accepts the detector and audit-state messages', () => {
    expect(ToBackground.parse({ type: 'report-detected' })).toEqual({ type: 'report-detected' });
    expect(ToBackground.safeParse({ type: 'audit-state', status: 'errors', errors: 2, warnings: 0 }).success).toBe(true);
  });

  it('rejects a badge state a page could forge badly', () => {
    expect(ToBackground.safeParse({ type: 'audit-state', status: 'errors', errors: -1, warnings: 0 }).success).toBe(false);
    expect(ToBackground.safeParse({ type: 'audit-state', status: 'hacked', errors: 0, warnings: 0 }).success).toBe(false);
  });
});

describe('replies', () => {
  it('carry a full export or null', () => {
    expect(AuditReply.safeParse({ audit: exportWith([rowSumError]), overlayVisible: true }).success).toBe(true);
    expect(AuditReply.safeParse({ audit: null, overlayVisible: false }).success).toBe(true);
    expect(RevealReply.safeParse({ revealed: true }).success).toBe(true);
  });
});
