import { browser, type Browser, type ContentScriptContext } from '#imports';
import type { ContentReplies, ToContent } from '../../utils/protocol';
import { isTop, log, type Session } from './session';

/** How long a frame without a report waits before answering, so a frame with one answers first. */
export const GRACE_MS = 200;
/**
 * A frame other than the top one, asked before its audit came back, cannot stay silent (that is
 * decided at once); when the audit says no report, it answers after this, well after the top
 * frame's answer and any report frame's, which are the ones the sender gets.
 */
export const LATE_GRACE_MS = 2 * GRACE_MS;

type Reply<K extends ToContent['type']> = Promise<ContentReplies[K]> | undefined;
/** One handler per message; `undefined` (synchronously) means this frame stays silent. */
type Handlers = { [K in ToContent['type']]: (msg: Extract<ToContent, { type: K }>) => Reply<K> };

export function listen(ctx: ContentScriptContext, session: Session): void {
  const wait = (ms: number) => new Promise<void>((done) => ctx.setTimeout(done, ms));

  /**
   * tabs.sendMessage reaches every frame and the sender gets the first answer: a frame holding a
   * report answers once its audit is back; the top frame answers for a page without one after a
   * grace period; other frames stay silent. The decision is synchronous: a silent frame must not
   * return a promise.
   */
  const answer = (): Promise<ContentReplies['get-audit']> | undefined => {
    if (session.holds() === 'no' && !isTop) return undefined;
    return (async () => {
      await session.settled();
      if (session.holds() !== 'yes') await wait(isTop ? GRACE_MS : LATE_GRACE_MS);
      return session.reply();
    })();
  };

  const handlers: Handlers = {
    'get-audit': () => answer(),
    'audit-now': () => {
      session.run();
      return answer();
    },
    'set-overlay': (msg) => {
      session.setOverlay(msg.visible);
      return answer();
    },
    'dismissals-changed': () => {
      session.reaudit();
      return answer();
    },
    correct: (msg) => {
      session.correct(msg.correction);
      return answer();
    },
    reveal: (msg) => (session.reveal(msg.findingId) ? Promise.resolve({ revealed: true }) : undefined),
  };

  const onMessage = (raw: unknown, sender: Browser.runtime.MessageSender) => {
    try {
      // Only our own extension's pages talk to us (the page itself cannot reach this listener):
      // what they send is ours, typed by the same schemas, and not parsed again here.
      if (sender.id !== browser.runtime.id) return undefined;
      const msg = raw as ToContent;
      if (typeof msg?.type !== 'string' || !Object.hasOwn(handlers, msg.type)) return undefined;
      const reply = (handlers[msg.type] as (m: ToContent) => Promise<unknown> | undefined)(msg);
      return reply?.catch((error: unknown) => {
        log(msg.type, error);
        throw error;
      });
    } catch (error) {
      log(error);
      return undefined;
    }
  };
  browser.runtime.onMessage.addListener(onMessage);
  ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(onMessage));
}
