import { placedCellName, positionName, type CellRef, type Format } from '../../lib/model';
import { refKey, type CellPlace } from './cells';
import { pick, t } from './i18n';

const SHOWN = 3;

/** A cell as a reviewer reads it: 表三 （七）总计 / 总计; by position when the tables do not map it. */
export function nameCell(at: CellRef, places: Map<string, CellPlace>, format?: Format): string {
  const place = places.get(refKey(at));
  return pick(place ? placedCellName(place, at, format) : positionName(at));
}

/**
 * The cells of a finding by name; past a few (CELL-BLANK can name a hundred) only how many, since
 * the core's message already lists the first ones and a click still goes to the first.
 */
export function nameCells(cells: readonly CellRef[], places: Map<string, CellPlace>, format?: Format): string {
  if (cells.length > SHOWN) return t('popup_cells_count', cells.length);
  return cells.map((at) => nameCell(at, places, format)).join(t('popup_list_separator'));
}
