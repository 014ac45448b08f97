import { describe, expect, it } from 'vitest';
import { BLANKET_CELLS, drawable, litCells, overlayModel, refKey } from '../../components/overlay/model';
import { applyDismissals } from '../../lib/audit/dismiss';
import type { CellRef, Finding } from '../../lib/model';
import { exportWith, rowSumError } from '../support/export';

const at = (row: number, col: number): CellRef => ({ table: 2, row, col });
const finding = (over: Partial<Finding>): Finding => ({ ...rowSumError, ...over });

describe('overlayModel', () => {
  it('draws one mark per cell, in the colour of its worst finding', () => {
    const warn = finding({ id: 'w', severity: 'warning', cells: [at(20, 8)], related: [] });
    const model = overlayModel(exportWith([warn, rowSumError]));
    expect(model.marks).toHaveLength(1);
    expect(model.marks[0]).toMatchObject({ key: '2.20.8', kind: 'error', faint: false });
    expect(model.marks[0]!.starts.map((f) => f.id)).toEqual(['w', rowSumError.id]);
  });

  it('draws a cell whose findings only need review as 待复核 (amber, dashed), never as an error', () => {
    const review = finding({ id: 'r', outcome: 'review' });
    expect(overlayModel(exportWith([review])).marks[0]!.kind).toBe('review');
    const warn = finding({ id: 'w', severity: 'warning' });
    expect(overlayModel(exportWith([review, warn])).marks[0]!.kind).toBe('warning');
  });

  it('does not draw dismissed findings', () => {
    const audit = applyDismissals(exportWith([rowSumError]), [rowSumError.id]);
    const model = overlayModel(audit);
    expect(model.marks).toEqual([]);
    expect(model.byId.size).toBe(0);
  });

  it('draws a blanket finding faintly, with one marker on its first cell', () => {
    const cells = Array.from({ length: BLANKET_CELLS + 1 }, (_, i) => at(3 + i, 2));
    const model = overlayModel(exportWith([finding({ id: 'blank', rule: 'CELL-BLANK', severity: 'warning', cells })]));
    expect(model.marks.every((m) => m.faint)).toBe(true);
    expect(model.marks.filter((m) => m.starts.length > 0).map((m) => m.key)).toEqual(['2.3.2']);
  });

  it('keeps findings without a cell apart, for the chip', () => {
    const sections = finding({ id: 's', rule: 'SECTIONS', severity: 'warning', cells: [], related: [] });
    const model = overlayModel(exportWith([sections, rowSumError]));
    expect(model.unplaced.map((f) => f.id)).toEqual(['s']);
    expect(model.marks).toHaveLength(1);
  });
});

describe('litCells', () => {
  it('lights the addends and the other offending cells, not the hovered cell itself', () => {
    const f = finding({ cells: [at(20, 8), at(21, 8)], related: [at(20, 2), at(20, 3), at(21, 8)] });
    expect(litCells([f], '2.20.8').map(refKey)).toEqual(['2.20.2', '2.20.3', '2.21.8']);
  });
});

describe('drawable', () => {
  it('draws only for a report that could be read', () => {
    expect(['pass', 'warnings', 'errors', 'unreadable', 'not-a-report'].map((s) => drawable(s as never))).toEqual([true, true, true, false, false]);
  });
});
