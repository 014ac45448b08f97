import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { CellRef, Finding } from '../../lib/model';
import type { ContentScriptContext } from '#imports';
import { Chip } from './Chip';
import type { FindingText, Lang, Translate } from './describe';
import { boxIn, isRendered, markerBox, type Box } from './geometry';
import { litCells, refKey, type CellMark, type OverlayModel } from './model';
import { KIND_COLORS } from './styles';
import { Tooltip, type TipAnchor } from './Tooltip';
import { useLayoutTracking } from './tracking';

export type Timers = Pick<ContentScriptContext, 'setTimeout' | 'requestAnimationFrame' | 'onInvalidated'>;

export interface OverlayProps {
  model: OverlayModel;
  /** The page's `<td>` for a cell, or null when the page no longer has it. */
  locate: (ref: CellRef) => Element | null;
  describe: (f: Finding) => FindingText;
  t: Translate;
  /** Which half of the core's bilingual words to show, as the extension's UI speaks. */
  lang: Lang;
  /** The shadow host: the layer's origin is its box. */
  host: HTMLElement;
  timers: Timers;
  /** Cells to flash after a reveal; a new nonce restarts the animation. */
  flash: { cells: CellRef[]; color: string; nonce: number } | null;
  onClose: () => void;
}

const GROW = 1; // outline just outside the cell's border
const MARKER = 16;
const SYMBOL = { error: '!', warning: '!', review: '?', info: 'i' } as const;

export function Overlay(props: OverlayProps) {
  const { model, locate, host, timers } = props;
  // Re-renders (and so re-measures) when the page's layout may have moved under the marks.
  useLayoutTracking(host, model, locate, timers);
  const [hover, setHover] = useState<{ mark: CellMark; focus: Finding | null; anchor: TipAnchor; avoid: TipAnchor[] } | null>(null);
  const closeTimer = useRef<number | null>(null);

  const measure = (ref: CellRef, origin: DOMRect): Box | null => {
    const el = locate(ref);
    if (!el) return null;
    const rect = el.getBoundingClientRect();
    return isRendered(rect) ? boxIn(rect, origin, GROW) : null;
  };

  const origin = host.getBoundingClientRect();
  const placed = model.marks
    .map((mark) => ({ mark, box: measure(mark.ref, origin) }))
    .filter((p): p is { mark: CellMark; box: Box } => p.box !== null);

  const lit = useMemo(() => {
    if (!hover) return [];
    return litCells(hover.focus ? [hover.focus] : hover.mark.starts, hover.mark.key);
  }, [hover]);

  // Hover handling: the tooltip stays while the pointer travels from the marker into it.
  const cancelClose = () => {
    if (closeTimer.current !== null) clearTimeout(closeTimer.current);
    closeTimer.current = null;
  };
  const scheduleClose = () => {
    cancelClose();
    closeTimer.current = timers.setTimeout(() => setHover(null), 250);
  };
  useEffect(() => () => cancelClose(), []);
  // Scrolling moves the marker away from the (fixed) tooltip: close it.
  const tipOpen = hover !== null;
  useEffect(() => {
    if (!tipOpen) return;
    const stop = new AbortController();
    const unbind = timers.onInvalidated(() => stop.abort());
    document.addEventListener('scroll', () => setHover(null), { capture: true, passive: true, once: true, signal: stop.signal });
    return () => {
      stop.abort();
      unbind();
    };
  }, [tipOpen, timers]);

  // The tooltip hangs beside the cell (not the marker), on a side where it covers none of the cells
  // its findings were computed from: the reviewer reads those beside it.
  const open = (mark: CellMark, marker: Element) => {
    cancelClose();
    const rectOf = (el: Element): TipAnchor => {
      const r = el.getBoundingClientRect();
      return { left: r.left, top: r.top, width: r.width, height: r.height };
    };
    const avoid = litCells(mark.starts, mark.key).flatMap((ref) => {
      const el = locate(ref);
      return el ? [rectOf(el)] : [];
    });
    setHover({ mark, focus: null, anchor: rectOf(locate(mark.ref) ?? marker), avoid });
  };

  return (
    <div class="gra">
      {placed.map(({ mark, box }) => (
        <div
          key={mark.key}
          data-gra="outline"
          data-cell={mark.key}
          data-kind={mark.kind}
          class={`box outline${mark.kind === 'review' ? ' review' : ''}${mark.faint ? ' faint' : ''}`}
          style={{ '--c': KIND_COLORS[mark.kind], transform: `translate(${box.x}px, ${box.y}px)`, width: `${box.w}px`, height: `${box.h}px` }}
        />
      ))}
      {lit.map((ref) => {
        const box = measure(ref, origin);
        return box ? (
          <div
            key={`lit-${refKey(ref)}`}
            data-gra="related"
            data-cell={refKey(ref)}
            class="box lit"
            style={{ transform: `translate(${box.x}px, ${box.y}px)`, width: `${box.w}px`, height: `${box.h}px` }}
          />
        ) : null;
      })}
      {props.flash?.cells.map((ref) => {
        const box = measure(ref, origin);
        return box ? (
          <div
            key={`flash-${props.flash?.nonce}-${refKey(ref)}`}
            data-gra="flash"
            class="box flash"
            style={{ '--c': props.flash?.color, transform: `translate(${box.x}px, ${box.y}px)`, width: `${box.w}px`, height: `${box.h}px` }}
          />
        ) : null;
      })}
      {placed
        .filter(({ mark }) => mark.starts.length > 0)
        .map(({ mark, box }) => {
          const m = markerBox(box, MARKER);
          const label = mark.starts.map((f) => props.describe(f).message).join('\n');
          return (
            <button
              key={`marker-${mark.key}`}
              type="button"
              data-gra="marker"
              data-cell={mark.key}
              class="marker"
              aria-label={label}
              style={{ '--c': KIND_COLORS[mark.kind], transform: `translate(${m.x}px, ${m.y}px)` }}
              onMouseEnter={(e) => open(mark, e.currentTarget)}
              onFocus={(e) => open(mark, e.currentTarget)}
              onMouseLeave={scheduleClose}
              onBlur={scheduleClose}
            >
              {SYMBOL[mark.kind]}
            </button>
          );
        })}
      {hover && (
        <Tooltip
          anchor={hover.anchor}
          avoid={hover.avoid}
          items={hover.mark.starts.map((f) => ({ finding: f, text: props.describe(f) }))}
          t={props.t}
          onEnter={cancelClose}
          onLeave={scheduleClose}
          onFocusFinding={(focus) => setHover((h) => (h ? { ...h, focus } : h))}
        />
      )}
      <Chip model={model} t={props.t} lang={props.lang} onClose={props.onClose} unplaced={unplacedCount(model, placed)} />
    </div>
  );
}

/** Findings none of whose cells the page shows (or that name no cell): the chip points to the popup for them. */
function unplacedCount(model: OverlayModel, placed: ReadonlyArray<{ mark: CellMark }>): number {
  const shown = new Set(placed.map((p) => p.mark.key));
  let n = 0;
  for (const f of model.byId.values()) if (!f.cells.some((c) => shown.has(refKey(c)))) n++;
  return n;
}
