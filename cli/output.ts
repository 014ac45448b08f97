import { csvHead, csvRows, summarize, summaryRow, summaryTable, type SummaryRow } from '../lib/audit';
import type { AuditExport } from '../lib/model';
import type { Format } from './formats';

/**
 * One export's part of the output, rendered where it was audited (a worker thread, in a batch) so
 * that the main thread only copies text. `row`: its line of the closing table (text format only).
 */
export interface Rendered {
  chunk: string;
  row: SummaryRow | null;
}

/** `previous`: the file of the same body's report of the year before, when one was among the files. */
export function render(format: Format, audit: AuditExport, previous: string | null): Rendered {
  switch (format) {
    case 'text':
      return { chunk: `${summarize(audit)}\n\n`, row: summaryRow(audit, previous) };
    case 'csv':
      return { chunk: csvRows(audit), row: null };
    case 'json': {
      // An element of `JSON.stringify(all, null, 2)`: stringified inside an array it is indented
      // one level, between the array's "[\n" and "\n]".
      const inArray = JSON.stringify([audit], null, 2);
      return { chunk: inArray.slice(2, -2), row: null };
    }
  }
}

/** Writes rendered exports as they come, with what goes around them: the CSV's head, the JSON array's brackets and commas, the text's closing table. */
export interface Sink {
  write(chunk: string | Uint8Array, row: SummaryRow | null): void;
  end(): void;
}

export function sinkFor(format: Format, out: (chunk: string | Uint8Array) => void): Sink {
  switch (format) {
    case 'text': {
      // Several files end with one line each, so a batch reads at a glance.
      const rows: SummaryRow[] = [];
      return {
        write: (chunk, row) => {
          out(chunk);
          if (row) rows.push(row);
        },
        end: () => {
          if (rows.length > 1) out(`${summaryTable(rows)}\n`);
        },
      };
    }
    case 'csv': {
      out(csvHead());
      return { write: (chunk) => out(chunk), end: () => {} };
    }
    case 'json': {
      // Byte for byte `JSON.stringify(all, null, 2)` and a line break.
      let count = 0;
      return {
        write: (chunk) => {
          out(count++ === 0 ? '[\n' : ',\n');
          out(chunk);
        },
        end: () => out(count === 0 ? '[]\n' : '\n]\n'),
      };
    }
  }
}
