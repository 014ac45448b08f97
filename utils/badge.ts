import type { AuditExport, VerdictStatus } from '../lib/model';
import type { AuditState } from './protocol';

/** What the toolbar badge shows for a tab: pure, so it is tested without a browser. */
export interface BadgeLook {
  text: string;
  /** Background colour; null leaves Chrome's default (the badge is empty then). */
  color: string | null;
}

export const BADGE_COLORS = {
  error: '#d93025',
  warning: '#e37400',
  pass: '#188038',
  unknown: '#5f6368',
} as const;

// Which frame's state the badge tells when a tab has several (a report in an iframe, the page
// around it): the worst audit of a real report first; pages that are not reports never win.
const RANK: Record<VerdictStatus, number> = {
  errors: 4,
  warnings: 3,
  pass: 2,
  unreadable: 1,
  'not-a-report': 0,
};

/** The frame state that speaks for the tab; counts of frames with the same status are summed. */
export function tabState(frames: readonly AuditState[]): AuditState | null {
  return frames.reduce<AuditState | null>((best, f) => {
    if (!best || RANK[f.status] > RANK[best.status]) return { ...f };
    if (RANK[f.status] < RANK[best.status]) return best;
    return { ...best, errors: best.errors + f.errors, warnings: best.warnings + f.warnings };
  }, null);
}

const count = (n: number): string => (n > 99 ? '99+' : String(n));

/** Error count in red, warnings in amber, ✓ for a clean report, '?' for one we could not read, nothing otherwise. */
export function badgeFor(state: AuditState | null): BadgeLook {
  switch (state?.status) {
    case 'errors':
      return { text: count(state.errors), color: BADGE_COLORS.error };
    case 'warnings':
      return { text: count(state.warnings), color: BADGE_COLORS.warning };
    case 'pass':
      return { text: '✓', color: BADGE_COLORS.pass };
    case 'unreadable':
      return { text: '?', color: BADGE_COLORS.unknown };
    default:
      return { text: '', color: null };
  }
}

/** What the badge shows for an audit: a page's frame, or a tab's report file. */
export function stateOf(audit: AuditExport): AuditState {
  const c = audit.verdict.counts;
  return { status: audit.verdict.status, errors: c.error, warnings: c.warning + c.review };
}
