export type { Grid, GridCell } from './types';
export { gridsFromDocument, gridFromTable } from './html';
export { gridsFromText } from './text';
export { normaliseCellText, normaliseInline } from './normalize';
