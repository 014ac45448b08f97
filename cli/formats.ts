export type Format = 'text' | 'json' | 'csv';
export const FORMATS: readonly Format[] = ['text', 'json', 'csv'];
