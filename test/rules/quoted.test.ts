import { describe, expect, it } from 'vitest';
import { quoted } from '../../lib/rules/labels';

describe('page text quoted in a message', () => {
  it('is kept as written when it is ordinary', () => {
    expect(quoted(' 11个 ')).toBe('11个');
  });

  it('regression: a right-to-left override in a cell cannot reverse the message around it', () => {
    expect(quoted('\u202E4321')).toBe('\u2068\u202E4321\u2069');
    // A stray isolate terminator in the page text must not close our isolate early.
    expect(quoted('\u2069\u202E4321')).toBe('\u2068\u202E4321\u2069');
  });

  it('regression: a 10,000-character cell is cut, so one cell cannot flood the tooltip or popup', () => {
    const out = quoted('字'.repeat(10_000));
    expect(Array.from(out)).toHaveLength(121);
    expect(out.endsWith('…')).toBe(true);
  });
});
