import { useLayoutEffect, useRef } from 'preact/hooks';
import type { Finding } from '../../lib/model';
import type { FindingText, Translate } from './describe';
import { placeTooltip } from './geometry';
import { KIND_COLORS } from './styles';

export interface TipAnchor {
  left: number;
  top: number;
  width: number;
  height: number;
}

interface TooltipProps {
  anchor: TipAnchor;
  /** The cells its findings were computed from: it is placed where it covers none of them if it can. */
  avoid: TipAnchor[];
  items: Array<{ finding: Finding; text: FindingText }>;
  t: Translate;
  onEnter: () => void;
  onLeave: () => void;
  /** Hovering one finding of several lights only its cells. */
  onFocusFinding: (f: Finding | null) => void;
}

/** The findings that start at a cell: what is wrong, by how much, and what it was computed from. */
export function Tooltip({ anchor, avoid, items, t, onEnter, onLeave, onFocusFinding }: TooltipProps) {
  const ref = useRef<HTMLDivElement>(null);
  // Placed after layout, once its own size is known; hidden until then so it never flickers at 0,0.
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const size = el.getBoundingClientRect();
    const { x, y } = placeTooltip(anchor, { w: size.width, h: size.height }, { w: innerWidth, h: innerHeight }, avoid);
    el.style.transform = `translate(${x}px, ${y}px)`;
    el.style.visibility = 'visible';
  }, [anchor, avoid, items]);

  return (
    <div ref={ref} class="tip" role="tooltip" data-gra="tooltip" onMouseEnter={onEnter} onMouseLeave={onLeave}>
      {items.map(({ finding, text }) => (
        <div
          key={text.id}
          class="tip-item"
          data-finding={text.id}
          style={{ '--c': KIND_COLORS[text.kind] }}
          onMouseEnter={() => onFocusFinding(finding)}
          onMouseLeave={() => onFocusFinding(null)}
        >
          <div class="tip-head">
            {text.heading} <span class="tip-rule">{text.rule}</span>
          </div>
          {/* The numbers that explain it first: the addends that are not 0, then the zeros counted. */}
          {(text.related.length > 0 || text.relatedRest) && (
            <div class="tip-related">
              {t('overlay_related')}：{text.relatedGroup ? `${text.relatedGroup} · ` : ''}
              {/* A value, and 「其余 5 项均为 0」, never broken over two lines. */}
              {text.related.map((r, i) => (
                <span key={i}>
                  {i > 0 ? '、' : ''}
                  {r.label} <span class="tip-keep">{r.raw}</span>
                </span>
              ))}
              {text.relatedMore > 0 ? ` …(+${text.relatedMore})` : ''}
              {text.relatedRest ? (
                <>
                  {text.related.length > 0 ? '；' : ''}
                  <span class="tip-keep">{text.relatedRest}</span>
                </>
              ) : null}
            </div>
          )}
          <div class="tip-message">{text.message}</div>
          {text.formula && (
            <div class="tip-formula">
              {t('overlay_formula')}：{text.formula}
            </div>
          )}
        </div>
      ))}
    </div>
  );
}
