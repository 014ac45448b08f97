/** The middle value of `xs` (the upper of the two middle ones for an even count); NaN for none. */
export const median = (xs: readonly number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length > 0 ? s[Math.floor(s.length / 2)]! : NaN;
};
