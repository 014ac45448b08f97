import { describe, expect, it } from 'vitest';
import { mentionedKeys } from '../../lib/parse/mentions';

describe('what a page names (mentionedKeys)', () => {
  it('reads 「其他」 alone as table 3\'s applicant column, not as its row 「3.其他」', () => {
    const keys = mentionedKeys([], ['其他']);
    expect(keys).toContain('applications.otherOrg');
    expect(keys).not.toContain('applications.other.misc');
  });

  it('reads 「3.其他」, with the row\'s number, as the row', () => {
    expect(mentionedKeys([], ['3.其他 0 0 0 0 0 0 0'])).toContain('applications.other.misc');
  });
});
