export type { Grid, GridCell } from './types';
export { gridsFromDocument, cellElement } from './html';
export { gridsFromText } from './text';
export { normaliseCellText, normaliseInline } from './normalize';
