import type { FindingKind } from '../../lib/model';

/** The overlay's host tag; tests and the audit script find it by this name. */
export const OVERLAY_HOST = 'gov-report-audit-overlay';

/** One colour per finding kind; 待复核 is amber (and dashed), never an error's red. */
export const KIND_COLORS: Record<FindingKind, string> = {
  error: '#d93025',
  warning: '#e37400',
  review: '#b08000',
  info: '#1a73e8',
};
export const RELATED_COLOR = '#1a73e8';

/**
 * Styles inside the shadow root. The host is reset with `all: initial` and then placed at the
 * document's origin, out of flow and zero-sized, so it can never move the page. Only px units:
 * rem would follow the page's root font size through the shadow boundary.
 */
export const OVERLAY_CSS = `
:host {
  all: initial !important;
  display: block !important;
  position: absolute !important;
  top: 0 !important;
  left: 0 !important;
  width: 0 !important;
  height: 0 !important;
  margin: 0 !important;
  padding: 0 !important;
  border: 0 !important;
  overflow: visible !important;
  pointer-events: none !important;
  z-index: 2147483647 !important;
}
html, body {
  all: initial;
  display: block;
  width: 0;
  height: 0;
  overflow: visible;
}
.gra {
  font: 12px/1.5 "Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", system-ui, sans-serif;
  color: #202124;
  -webkit-font-smoothing: antialiased;
}
.gra * { box-sizing: border-box; }
.box {
  position: absolute;
  pointer-events: none;
  border-radius: 2px;
}
.outline { border: 2px solid var(--c); }
.outline.review { border-style: dashed; }
.outline.faint { border-width: 1px; border-style: dotted; }
.lit {
  border: 2px dashed ${RELATED_COLOR};
  background: rgba(26, 115, 232, 0.14);
}
.flash { animation: gra-flash 0.45s ease-in-out 4; border: 3px solid var(--c); }
@keyframes gra-flash {
  0%, 100% { box-shadow: 0 0 0 0 rgba(217, 48, 37, 0); }
  50% { box-shadow: 0 0 0 6px rgba(217, 48, 37, 0.45); }
}
.marker {
  position: absolute;
  width: 16px;
  height: 16px;
  margin: 0;
  padding: 0;
  border: 0;
  border-radius: 8px;
  background: var(--c);
  color: #fff;
  font: bold 11px/16px system-ui, sans-serif;
  text-align: center;
  cursor: help;
  pointer-events: auto;
  box-shadow: 0 0 0 1.5px #fff, 0 1px 3px rgba(0, 0, 0, 0.4);
}
.marker:focus-visible { outline: 2px solid #202124; outline-offset: 1px; }
.chip {
  position: fixed;
  right: 16px;
  bottom: 16px;
  display: flex;
  flex-direction: column;
  gap: 2px;
  max-width: 380px;
  padding: 6px 6px 6px 12px;
  background: #fff;
  border: 1px solid #dadce0;
  border-left: 4px solid var(--c);
  border-radius: 8px;
  box-shadow: 0 2px 8px rgba(0, 0, 0, 0.25);
  pointer-events: auto;
}
.chip.in-frame {
  /* A frame taller than the screen (sized to its content): a fixed corner would sit at the end of
     the report, out of sight; keep the chip at the top of the frame instead, by the report's title. */
  position: absolute;
  top: 8px;
  bottom: auto;
  right: auto;
  left: calc(100vw - 24px);
  transform: translateX(-100%);
}
.chip-row { display: flex; align-items: center; gap: 8px; white-space: nowrap; }
.chip-title { font-weight: bold; }
.chip-status { color: var(--c); font-weight: bold; }
.chip-count { color: #3c4043; }
.chip-count b { font-weight: bold; }
.chip-note { color: #5f6368; font-size: 11px; white-space: normal; }
.close {
  margin: 0 0 0 4px;
  padding: 0;
  width: 22px;
  height: 22px;
  border: 0;
  border-radius: 11px;
  background: transparent;
  color: #5f6368;
  font: 16px/22px system-ui, sans-serif;
  text-align: center;
  cursor: pointer;
}
.close:hover { background: #f1f3f4; color: #202124; }
.tip {
  position: fixed;
  left: 0;
  top: 0;
  width: max-content;
  max-width: 360px;
  /* A 10,000-character cell must not push the tooltip past the window. */
  max-height: calc(100vh - 16px);
  overflow: auto;
  overflow-wrap: anywhere;
  padding: 8px 10px;
  background: #fff;
  border: 1px solid #dadce0;
  border-radius: 6px;
  box-shadow: 0 4px 16px rgba(0, 0, 0, 0.25);
  pointer-events: auto;
  visibility: hidden;
}
.tip-item + .tip-item { margin-top: 8px; padding-top: 8px; border-top: 1px solid #eceff1; }
.tip-item:hover { background: #f8f9fa; }
.tip-head { color: var(--c); font-weight: bold; }
.tip-rule { color: #80868b; font-weight: normal; font-size: 10px; font-family: ui-monospace, monospace; }
.tip-related { color: #202124; }
.tip-keep { white-space: nowrap; }
.tip-formula { color: #5f6368; }
`;
