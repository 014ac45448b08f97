import { describe, expect, it } from 'vitest';
import { defaultJobs } from '../../cli/jobs';

describe('threads when --jobs is not given', () => {
  it('one for a handful of files (a second would only warm up), one per hundred files above, never more than the cores', () => {
    expect(defaultJobs(1, 2)).toBe(1);
    expect(defaultJobs(99, 2)).toBe(1);
    expect(defaultJobs(199, 2)).toBe(1);
    expect(defaultJobs(200, 2)).toBe(2);
    expect(defaultJobs(5000, 2)).toBe(2);
    expect(defaultJobs(350, 8)).toBe(3);
    expect(defaultJobs(5000, 1)).toBe(1);
  });
});
