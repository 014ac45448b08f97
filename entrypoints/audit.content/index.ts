import { listen } from './messages';
import { createSession, log } from './session';
import { watchTables } from './watch';

/**
 * The full audit, injected only into frames that look like a report (by the background, on the
 * detector's word) or into the active tab by the popup's "audit this page". Not in the manifest.
 * A second injection into the same frame replaces the first: WXT's context invalidates the older
 * copy (its overlay, listeners, observers and timers go with it) before this one starts.
 */
export default defineContentScript({
  registration: 'runtime',
  main(ctx) {
    try {
      const session = createSession(ctx);
      listen(ctx, session);
      // The page's reading starts in a task of its own, after the script's own start-up, and goes on
      // in short slices: no long task holds the page (a message arriving first starts it at once).
      ctx.setTimeout(() => {
        try {
          session.runOnce();
        } catch (error) {
          log(error);
        }
      }, 0);
      watchTables(ctx, () => {
        try {
          session.run();
        } catch (error) {
          log(error);
        }
      });
    } catch (error) {
      // Nothing we do may break the page.
      log(error);
    }
  },
});
