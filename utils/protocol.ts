import { z } from 'zod';
import { AuditExport, VerdictStatus } from '../lib/model';

/**
 * Every message between the extension's parts. One schema per message, validated on receipt:
 * a page can post anything to a content script's world, so nothing is trusted unparsed.
 */

/** Popup → content script of a tab (sent with tabs.sendMessage; only the frame holding a report answers). */
export const ToContent = z.discriminatedUnion('type', [
  /** The frame's latest audit, with dismissals applied. */
  z.object({ type: z.literal('get-audit') }),
  /** Run the audit again now (also used after "audit this page" injects the script). */
  z.object({ type: z.literal('audit-now') }),
  /** Scroll to a finding's first cell and flash it. */
  z.object({ type: z.literal('reveal'), findingId: z.string() }),
  /** Show or remove every mark the overlay drew. */
  z.object({ type: z.literal('set-overlay'), visible: z.boolean() }),
  /** The reviewer's dismissals changed: redraw without them. */
  z.object({ type: z.literal('dismissals-changed') }),
]);
export type ToContent = z.infer<typeof ToContent>;

export const AuditReply = z.object({ audit: AuditExport.nullable(), overlayVisible: z.boolean() });
export type AuditReply = z.infer<typeof AuditReply>;

/** Content script → background: the state of this frame's audit, for the toolbar badge. */
export const ToBackground = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('audit-state'),
    status: VerdictStatus,
    errors: z.number().int().nonnegative(),
    warnings: z.number().int().nonnegative(),
  }),
]);
export type ToBackground = z.infer<typeof ToBackground>;
