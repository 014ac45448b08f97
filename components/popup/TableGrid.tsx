import { columnLabel, rowLabel, type Severity, type Table, type TableKey } from '../../lib/model';
import { refKey } from './cells';
import { CellValue } from './CellValue';
import type { Block } from './layout';

interface Props {
  tableKey: TableKey;
  table: Table;
  blocks: Block[];
  flags: Map<string, Severity>;
}

/** One extracted table, labelled with the official row and column names (lib/model/keys.ts). */
export function TableGrid({ tableKey, table, blocks, flags }: Props) {
  return (
    <table class={`grid grid--${tableKey}`}>
      {blocks.map((block, i) => (
        <tbody key={i}>
          <tr class="grid__head">
            <td class="grid__corner" />
            {block.columns.map((col) => (
              <th key={col} scope="col" title={columnLabel(tableKey, col)}>
                {columnLabel(tableKey, col)}
              </th>
            ))}
          </tr>
          {block.rows.map((row) => (
            <tr key={row} class={table[row] ? undefined : 'grid__row--missing'}>
              <th scope="row" title={rowLabel(tableKey, row)}>
                {rowLabel(tableKey, row)}
              </th>
              {block.columns.map((col) => {
                const cell = table[row]?.[col];
                return <CellValue key={col} cell={cell} flag={cell ? flags.get(refKey(cell.at)) : undefined} />;
              })}
            </tr>
          ))}
        </tbody>
      ))}
    </table>
  );
}
