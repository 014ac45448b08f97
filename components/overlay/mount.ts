import { h, render } from 'preact';
import { createShadowRootUi, type ContentScriptContext } from '#imports';
import { Overlay, type OverlayProps } from './Overlay';
import { OVERLAY_CSS, OVERLAY_HOST } from './styles';

/** What the audit script decides; the host, timers and close action are the mount's business. */
export type OverlayView = Omit<OverlayProps, 'host' | 'timers' | 'onClose'>;

export interface OverlayUi {
  /** Draws (or redraws) the view, mounting the host first if needed. */
  show(view: OverlayView): void;
  /** Removes the host and everything in it from the page. */
  hide(): void;
  readonly visible: boolean;
}

/**
 * The overlay's shadow root, appended to <html> (outside <body>, so the page's own body-level
 * selectors and observers never see it). WXT removes it when the context is invalidated.
 */
export async function createOverlayUi(ctx: ContentScriptContext, onClose: () => void): Promise<OverlayUi> {
  // A copy left by an earlier injection whose context died without cleaning up (extension reload).
  document.querySelectorAll(OVERLAY_HOST).forEach((old) => old.remove());

  let visible = false;
  const ui = await createShadowRootUi<HTMLElement>(ctx, {
    name: OVERLAY_HOST,
    position: 'inline',
    anchor: document.documentElement,
    append: 'last',
    // Our own reset (styles.ts) replaces WXT's, so the host can also be taken out of the flow.
    inheritStyles: true,
    css: OVERLAY_CSS,
    // Keys typed on our buttons must not trigger the page's shortcuts.
    isolateEvents: true,
    onMount: (container) => container,
    onRemove: (container) => {
      if (container) render(null, container);
    },
  });

  return {
    show(view) {
      if (!visible) {
        ui.mount();
        visible = true;
      }
      render(h(Overlay, { ...view, host: ui.shadowHost, timers: ctx, onClose }), ui.uiContainer);
    },
    hide() {
      if (!visible) return;
      ui.remove();
      visible = false;
    },
    get visible() {
      return visible;
    },
  };
}
