import { describe, expect, it } from 'vitest';
import { BADGE_COLORS, badgeFor, tabState } from '../../utils/badge';
import type { AuditState } from '../../utils/protocol';

const state = (status: AuditState['status'], errors = 0, warnings = 0): AuditState => ({ status, errors, warnings });

describe('badgeFor', () => {
  it.each([
    [state('errors', 3, 1), '3', BADGE_COLORS.error],
    [state('errors', 120), '99+', BADGE_COLORS.error],
    [state('warnings', 0, 2), '2', BADGE_COLORS.warning],
    [state('pass'), '✓', BADGE_COLORS.pass],
    [state('unreadable'), '?', BADGE_COLORS.unknown],
  ])('%o → %s', (s, text, color) => {
    expect(badgeFor(s)).toEqual({ text, color });
  });

  it('says nothing for a page that is not a report, or no state at all', () => {
    expect(badgeFor(state('not-a-report'))).toEqual({ text: '', color: null });
    expect(badgeFor(null)).toEqual({ text: '', color: null });
  });
});

describe('tabState', () => {
  it('lets the report in an iframe speak for the page around it', () => {
    expect(tabState([state('unreadable'), state('errors', 2)])).toEqual(state('errors', 2));
    expect(tabState([state('not-a-report'), state('pass')])).toEqual(state('pass'));
  });

  it('adds up frames with the same, worst status', () => {
    expect(tabState([state('errors', 2, 1), state('warnings', 0, 5), state('errors', 1, 0)])).toEqual(state('errors', 3, 1));
  });

  it('is null for a tab no frame reported on', () => {
    expect(tabState([])).toBeNull();
  });
});
