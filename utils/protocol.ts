import { z } from 'zod';
import { AuditExport, VerdictStatus } from '../lib/model';
// Popup → content script messages are in utils/to-content: zod/mini, parsed in the page.
import type { ToContent } from './to-content';

/**
 * Every message between the extension's parts. One schema per message, validated on receipt:
 * a page can post anything to a content script's world, so nothing is trusted unparsed.
 *
 * Flow: detect.content (every .gov.cn frame) --report-detected--> background --executeScript-->
 * audit.content (that frame) --audit-state--> background (badge). The popup talks to audit.content
 * with ToContent through tabs.sendMessage; replies are listed in `ContentReplies`.
 */

export const AuditReply = z.object({ audit: AuditExport.nullable(), overlayVisible: z.boolean() });
export type AuditReply = z.infer<typeof AuditReply>;

/** Answer to `reveal`, from the frame that holds the finding (other frames stay silent). */
export const RevealReply = z.object({ revealed: z.boolean() });
export type RevealReply = z.infer<typeof RevealReply>;

/**
 * What each ToContent message is answered with. A frame whose audit found a report answers at
 * once; the top frame answers for a page without one after a short grace period (so a report in
 * an iframe wins the race: the first answer is the one the sender gets). No answer at all
 * (`undefined`) means the audit script is not in the tab: inject it first.
 */
export interface ContentReplies {
  'get-audit': AuditReply;
  'audit-now': AuditReply;
  'set-overlay': AuditReply;
  'dismissals-changed': AuditReply;
  reveal: RevealReply;
}

/** Content scripts → background. */
export const ToBackground = z.discriminatedUnion('type', [
  /** Audit script: the state of this frame's audit, for the toolbar badge. */
  z.object({
    type: z.literal('audit-state'),
    status: VerdictStatus,
    errors: z.number().int().nonnegative(),
    warnings: z.number().int().nonnegative(),
  }),
  /** Detector: this frame looks like an annual report; inject the audit script into it. */
  z.object({ type: z.literal('report-detected') }),
]);
export type ToBackground = z.infer<typeof ToBackground>;
export type AuditState = Extract<ToBackground, { type: 'audit-state' }>;
