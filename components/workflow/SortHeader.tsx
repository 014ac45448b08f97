import type { Sort } from './table';

interface Props<K extends string> {
  label: string;
  column: K;
  sort: Sort<K>;
  onSort(key: K): void;
  /** A column of numbers: its header sits right, over them. */
  numeric?: boolean;
}

/** A column header that sorts the table, announcing its direction to screen readers. */
export function SortHeader<K extends string>({ label, column, sort, onSort, numeric }: Props<K>) {
  const active = sort.key === column;
  return (
    <th scope="col" class={numeric ? 'wf-num' : undefined} aria-sort={active ? (sort.dir === 'asc' ? 'ascending' : 'descending') : 'none'}>
      <button type="button" class="wf-sort" data-sort={column} onClick={() => onSort(column)}>
        {label}
        <span class="wf-sort__arrow" aria-hidden="true">
          {active ? (sort.dir === 'asc' ? '▲' : '▼') : ''}
        </span>
      </button>
    </th>
  );
}
