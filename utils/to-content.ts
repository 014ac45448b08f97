// zod/mini, not zod: the audit script parses these messages on the page's main thread, and the
// mini build carries no methods or JSON-Schema code into that bundle (utils/protocol re-exports it).
import { z } from 'zod/mini';

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
