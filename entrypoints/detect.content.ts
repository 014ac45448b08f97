import { browser } from '#imports';
import { isReportOrNotice } from '../lib/detect';
import type { ToBackground } from '../utils/protocol'; // type only: no zod in this script

/**
 * Runs on every .gov.cn frame, so it must cost next to nothing: it asks the cheap predicates
 * (title and headings, the first links; no walk over the DOM) and, on a report or a notice that
 * links one, asks the background to inject the audit script into this frame. Pages that load
 * their article late get a few more looks.
 */

/** A look this long after a burst of DOM changes (throttled: a page that never settles still gets looked at). */
const SETTLE_MS = 600;
/** At most this many looks after the first... */
const MAX_LOOKS = 5;
/** ...and none after this long. */
const WATCH_MS = 15_000;

const log = (...args: unknown[]) => console.debug('[年报核查] detect:', ...args);

function looksLikeReport(): boolean {
  try {
    // A notice page whose report is an attachment gets the audit script too: the popup offers the file.
    return isReportOrNotice(document);
  } catch (error) {
    log(error);
    return false;
  }
}

function announce(): void {
  const msg: ToBackground = { type: 'report-detected' };
  browser.runtime.sendMessage(msg).catch(log);
}

export default defineContentScript({
  matches: ['*://*.gov.cn/*'],
  allFrames: true,
  runAt: 'document_idle',
  main(ctx) {
    try {
      if (looksLikeReport()) return announce();

      let looks = 0;
      let pending = false;
      const observer = new MutationObserver(() => {
        if (pending) return;
        pending = true;
        ctx.setTimeout(() => {
          pending = false;
          looks++;
          if (looksLikeReport()) {
            stop();
            announce();
          } else if (looks >= MAX_LOOKS) stop();
        }, SETTLE_MS);
      });
      const stop = () => observer.disconnect();
      // Title changes are childList changes of <title>: one observer on the root sees them too.
      observer.observe(document.documentElement, { childList: true, subtree: true });
      ctx.onInvalidated(stop);
      ctx.setTimeout(stop, WATCH_MS);
    } catch (error) {
      log(error);
    }
  },
});
