import { z } from 'zod';
import type { FindingText } from '../components/overlay/describe';
import type { Attachment as DetectedAttachment } from '../lib/detect';
import { AuditExport, HandCorrection, VerdictStatus } from '../lib/model';
import { PageSnapshot } from '../lib/snapshot/schema';

/**
 * Every message between the extension's parts, one schema per message. What a content script
 * sends is validated on receipt: a page shapes what a content script reads, and the DOM it reads
 * is the page's. What our own pages and background send a content script is not: only our
 * extension can reach it (sender.id is checked), and the page's main thread is spared zod.
 *
 * Flow: detect.content (every .gov.cn frame) --report-detected--> background --executeScript-->
 * audit.content (that frame) --audit-page (the page read into a snapshot)--> background, which
 * audits it, keeps it in the history, sets the badge and answers with the export the reviewer
 * sees. The popup talks to audit.content with ToContent through tabs.sendMessage; replies are
 * listed in `ContentReplies`. A report file (PDF, .docx) is audited in the results page, which
 * sends --file-audited--> for the tab's badge.
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
  /** The reviewer corrected a value by hand: audit again with it (SPEC §3). */
  z.object({ type: z.literal('correct'), correction: HandCorrection }),
]);
export type ToContent = z.infer<typeof ToContent>;

/** A report file the page links to or embeds (lib/detect), which the popup offers to audit. */
export const Attachment: z.ZodType<DetectedAttachment> = z.object({
  url: z.string().url(),
  name: z.string().max(300),
  kind: z.enum(['pdf', 'docx']),
});

export const AuditReply = z.object({
  audit: AuditExport.nullable(),
  overlayVisible: z.boolean(),
  /** The top frame's report attachments (a notice page); none on most pages. */
  attachments: z.array(Attachment).max(20).default([]),
});
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
  correct: AuditReply;
  reveal: RevealReply;
}

/** What the toolbar badge shows for one frame (or a tab's report file). */
export const AuditState = z.object({
  status: VerdictStatus,
  errors: z.number().int().nonnegative(),
  warnings: z.number().int().nonnegative(),
});
export type AuditState = z.infer<typeof AuditState>;

/**
 * Audit script: this frame's page, read; audit it (with the reviewer's corrections and dismissals,
 * and last year's report when the history has it), keep it in the history, show it on the badge.
 * `at` is when the page was read: the same reading audited again (dismissals changed) is the same audit.
 */
export const PageRead = z.object({
  type: z.literal('audit-page'),
  url: z.string().max(10_000),
  at: z.iso.datetime(),
});

/** Content scripts and the results page → background. */
export const ToBackground = z.discriminatedUnion('type', [
  /** Detector: this frame looks like an annual report; inject the audit script into it. */
  z.object({ type: z.literal('report-detected') }),
  /** Results page: the report file a tab offered was audited; its badge counts as for a page. */
  AuditState.extend({ type: z.literal('file-audited'), tab: z.number().int().nonnegative() }),
  PageRead.extend({ snapshot: PageSnapshot, corrections: z.array(HandCorrection).max(10_000) }),
]);
export type ToBackground = z.infer<typeof ToBackground>;

/**
 * Answer to `audit-page`: the export as the reviewer sees it (dismissals marked, cross-year
 * findings in), and each finding the overlay draws described for its tooltip, by finding id.
 * Comes from our own background: the content script takes it as it is.
 */
export interface PageAudit {
  audit: AuditExport;
  texts: Record<string, FindingText>;
}

/** What the background answers: only `audit-page` has an answer; content scripts wait on nothing else. */
export interface BackgroundReplies {
  'report-detected': void;
  'file-audited': void;
  'audit-page': PageAudit;
}
