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

/** The first few cells of a finding, and how many more: CELL-BLANK can name dozens. */
export function nameCells(cells: readonly CellRef[], places: Map<string, CellPlace>): string {
  const names = cells.slice(0, SHOWN).map((at) => nameCell(at, places));
  if (cells.length > SHOWN) names.push(t('popup_cells_more', cells.length - SHOWN));
  return names.join(t('popup_list_separator'));
}
