import { useState } from 'preact/hooks';
import { columnLabel, rowLabel, type CellRef, type FindingKind, type Table, type TableKey } from '../../lib/model';
import { refKey } from './cells';
import { CellEditor, CellValue } from './CellValue';
import type { Block } from './layout';

interface Props {
  tableKey: TableKey;
  table: Table;
  blocks: Block[];
  flags: Map<string, FindingKind>;
  /** Given: a click on a cell lets the reviewer correct its value by hand. */
  onCorrect?: (at: CellRef, raw: string) => void;
}

/** One extracted table, labelled with the official row and column names (lib/model/keys.ts). */
export function TableGrid({ tableKey, table, blocks, flags, onCorrect }: Props) {
  const [editing, setEditing] = useState<string | null>(null);
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
                const key = cell && refKey(cell.at);
                if (cell && onCorrect && editing === key) {
                  const done = (raw: string) => {
                    setEditing(null);
                    onCorrect(cell.at, raw);
                  };
                  return <CellEditor key={col} cell={cell} onDone={done} onCancel={() => setEditing(null)} />;
                }
                const edit = cell && onCorrect ? () => setEditing(key ?? null) : undefined;
                return <CellValue key={col} cell={cell} flag={key ? flags.get(key) : undefined} onEdit={edit} />;
              })}
            </tr>
          ))}
        </tbody>
      ))}
    </table>
  );
}
