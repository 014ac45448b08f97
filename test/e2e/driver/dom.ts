/**
 * Reading elements the same way in both browsers: one function, serialised into the page, finds
 * a Query's elements (stepping into shadow roots at ` >>> `) and reads them. Each driver supplies
 * only `evaluate`; everything else a Target does is built here once.
 */
import type { Query, Target } from './types';

type Op = 'count' | 'text' | 'texts' | 'attr' | 'attrs' | 'box' | 'center' | 'element';
export type Evaluate = <R, A>(fn: (arg: A) => R | Promise<R>, arg: A) => Promise<R>;

interface Resolved {
  css: string;
  text: string | null;
  nth: number | null;
}
const resolve = (q: Query): Resolved =>
  typeof q === 'string' ? { css: q, text: null, nth: null } : { css: q.css, text: q.text ?? null, nth: q.nth ?? null };

/** Runs in the page: must stay self-contained (no imports, no outer variables). */
export function domOp([q, op, name]: [Resolved, Op, string]): unknown {
  const steps = q.css.split('>>>').map((s) => s.trim());
  let scopes: Array<Document | ShadowRoot> = [document];
  let found: Element[] = [];
  steps.forEach((step, i) => {
    found = scopes.flatMap((s) => Array.from(s.querySelectorAll(step)));
    if (i < steps.length - 1) scopes = found.map((e) => e.shadowRoot).filter((r): r is ShadowRoot => !!r);
  });
  if (q.text !== null) found = found.filter((e) => (e.textContent ?? '').includes(q.text!));
  if (q.nth !== null) found = found.slice(q.nth, q.nth + 1);
  const first = found[0];
  switch (op) {
    case 'element':
      return first ?? null;
    case 'count':
      return found.length;
    case 'text':
      return first ? first.textContent : null;
    case 'texts':
      return found.map((e) => e.textContent ?? '');
    case 'attr':
      return first ? first.getAttribute(name) : null;
    case 'attrs':
      return found.map((e) => e.getAttribute(name) ?? '');
    case 'box': {
      if (!first) return null;
      const r = first.getBoundingClientRect();
      return { x: r.left, y: r.top, width: r.width, height: r.height };
    }
    case 'center': {
      // Where a pointer action lands: the middle of the element, brought into the viewport first.
      if (!first) return null;
      first.scrollIntoView({ block: 'center', inline: 'center' });
      const r = first.getBoundingClientRect();
      return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
    }
  }
}

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

/** A Target over any `evaluate`. */
export function scripted(evaluate: Evaluate, url: () => Promise<string>): Target {
  const op = <R>(q: Query, which: Op, name = ''): Promise<R> => evaluate(domOp, [resolve(q), which, name]) as Promise<R>;
  return {
    url,
    evaluate: (fn, arg) => evaluate(fn, arg as never),
    count: (q) => op(q, 'count'),
    text: (q) => op(q, 'text'),
    texts: (q) => op(q, 'texts'),
    attr: (q, name) => op(q, 'attr', name),
    attrs: (q, name) => op(q, 'attrs', name),
    box: (q) => op(q, 'box'),
    async waitFor(q, { timeout = 8000, gone = false } = {}) {
      const until = Date.now() + timeout;
      for (;;) {
        // A navigation between two polls destroys the context: that is "not yet", not a failure.
        const n = await op<number>(q, 'count').catch(() => -1);
        if (gone ? n === 0 : n > 0) return;
        if (Date.now() > until) throw new Error(`${gone ? 'Still' : 'Never'} found ${JSON.stringify(q)} after ${timeout} ms`);
        await sleep(50);
      }
    },
  };
}

/** The viewport point to click or hover for `q`, scrolled into view; throws when nothing matches. */
export async function centerOf(evaluate: Evaluate, q: Query): Promise<{ x: number; y: number }> {
  const at = (await evaluate(domOp, [resolve(q), 'center' as Op, ''])) as { x: number; y: number } | null;
  if (!at) throw new Error(`Nothing to point at: ${JSON.stringify(q)}`);
  // Scrolling fires the page's scroll handlers on the next frame; let them run before the pointer moves.
  await evaluate(() => new Promise<void>((done) => requestAnimationFrame(() => requestAnimationFrame(() => done()))), undefined);
  return at;
}

/** The arguments that make `domOp` return the element itself (for the libraries' evaluateHandle). */
export const elementArgs = (q: Query): [Resolved, Op, string] => [resolve(q), 'element', ''];
