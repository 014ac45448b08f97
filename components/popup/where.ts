import { cellLabel, type CellRef } from '../../lib/model';
import { refKey, type CellPlace } from './cells';
import { t } from './i18n';

const SHOWN = 3;

/** A cell as a reviewer reads it: 表三 （七）总计 / 总计; by position when the tables do not map it. */
export function nameCell(at: CellRef, places: Map<string, CellPlace>): string {
  const place = places.get(refKey(at));
  if (place) return `${t(`popup_table_short_${place.table}`)} ${cellLabel(place.table, place.row, place.col)}`;
  if (at.line !== undefined) return t('popup_cell_line', at.line);
  return t('popup_cell_position', at.table + 1, at.row + 1, at.col + 1);
}

/**
 * The cells of a finding by name; past a few (CELL-BLANK can name a hundred) only how many, since
 * the core's message already lists the first ones and a click still goes to the first.
 */
export function nameCells(cells: readonly CellRef[], places: Map<string, CellPlace>): string {
  if (cells.length > SHOWN) return t('popup_cells_count', cells.length);
  return cells.map((at) => nameCell(at, places)).join(t('popup_list_separator'));
}
