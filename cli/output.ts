import { csvHead, csvRows, summarize, summaryRow, summaryTable, type SummaryRow } from '../lib/audit';
import type { AuditExport } from '../lib/model';

export type Format = 'text' | 'json' | 'csv';
export const FORMATS: readonly Format[] = ['text', 'json', 'csv'];

/** Writes exports as they come, so a batch of any size is never held whole. */
export interface Sink {
  /** `previous`: the file of the same body's report of the year before, when one was among the files. */
  write(audit: AuditExport, previous?: string | null): void;
  end(): void;
}

export function sinkFor(format: Format, out: (chunk: string) => void): Sink {
  switch (format) {
    case 'text': {
      // Several files end with one line each, so a batch reads at a glance.
      const rows: SummaryRow[] = [];
      return {
        write: (a, previous = null) => {
          out(`${summarize(a)}\n\n`);
          rows.push(summaryRow(a, previous));
        },
        end: () => {
          if (rows.length > 1) out(`${summaryTable(rows)}\n`);
        },
      };
    }
    case 'csv': {
      out(csvHead());
      return { write: (a) => out(csvRows(a)), end: () => {} };
    }
    case 'json': {
      // Byte for byte `JSON.stringify(all, null, 2)`: each element indented one level (JSON strings
      // hold no raw line breaks, so every "\n" is the layout's).
      let count = 0;
      return {
        write: (a) => out(`${count++ === 0 ? '[\n' : ',\n'}  ${JSON.stringify(a, null, 2).replace(/\n/g, '\n  ')}`),
        end: () => out(count === 0 ? '[]\n' : '\n]\n'),
      };
    }
  }
}
