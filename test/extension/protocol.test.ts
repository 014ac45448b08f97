import { describe, expect, it } from 'vitest';
import { AuditReply, AuditState, RevealReply, ToBackground, ToContent } from '../../utils/protocol';
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
  const snapshot = { title: 't', heading: null, metaDate: null, blocks: ['一、总体情况'], tables: [{ layout: false, groups: [[['1', ['2', 2, 0]]]] }] };
  const page = { type: 'audit-page', url: 'http://www.example.gov.cn/r.html', at: '2024-01-01T00:00:00.000Z', snapshot, corrections: [] };

  it('accepts the detector message and a page read by the audit script', () => {
    expect(ToBackground.parse({ type: 'report-detected' })).toEqual({ type: 'report-detected' });
    expect(ToBackground.parse(page)).toEqual(page);
  });

  it('rejects a page read a page could forge badly', () => {
    const cell = (c: unknown) => ({ ...page, snapshot: { ...snapshot, tables: [{ layout: false, groups: [[[c]]] }] } });
    expect(ToBackground.safeParse(cell(['1', 0, 1])).success).toBe(false);
    expect(ToBackground.safeParse(cell(['1', 1, -1])).success).toBe(false);
    expect(ToBackground.safeParse(cell(7)).success).toBe(false);
    expect(ToBackground.safeParse(cell({ text: '1', colspan: 1, rowspan: 1 })).success).toBe(false);
    expect(ToBackground.safeParse({ ...page, at: 'yesterday' }).success).toBe(false);
    expect(ToBackground.safeParse({ ...page, corrections: [{ at: { table: -1, row: 0, col: 0 }, raw: '1' }] }).success).toBe(false);
    // The badge is the background's own word now: a content script cannot set it.
    expect(ToBackground.safeParse({ type: 'audit-state', status: 'errors', errors: 2, warnings: 0 }).success).toBe(false);
  });

  it('keeps a badge state within what the badge can show', () => {
    expect(AuditState.safeParse({ type: 'audit-state', status: 'errors', errors: 2, warnings: 0 }).success).toBe(true);
    expect(AuditState.safeParse({ type: 'audit-state', status: 'hacked', errors: 0, warnings: 0 }).success).toBe(false);
  });
});

describe('replies', () => {
  it('carry a full export or null', () => {
    expect(AuditReply.safeParse({ audit: exportWith([rowSumError]), overlayVisible: true }).success).toBe(true);
    expect(AuditReply.safeParse({ audit: null, overlayVisible: false }).success).toBe(true);
    expect(RevealReply.safeParse({ revealed: true }).success).toBe(true);
  });
});
