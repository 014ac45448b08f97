/** Named in every export so a reader knows which rules produced it. Kept equal to package.json by a test. */
export const TOOL = { name: 'gov-report-audit', version: '0.1.0' } as const;
