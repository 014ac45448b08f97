/**
 * Messy text versions of a report in the seeds' tab-led form, the way text comes out of PDFs,
 * copy-paste and converters: labels on their own line with the values on the next, page footers
 * between rows, `|`-table fragments, numbers run together. Generated from the seed itself so
 * every variant keeps the seed's values (no hand-made copies to drift).
 */

export type Segment = { kind: 'prose'; text: string } | { kind: 'row'; cells: string[] };

/** The seed's lines as prose lines and table rows (one tab-led line per cell, rows split by blank lines). */
export function segments(text: string): Segment[] {
  const out: Segment[] = [];
  let row: string[] | null = null;
  let lastWasCell = false;
  for (const line of text.replace(/^\uFEFF/, '').split(/\r?\n/)) {
    if (line.startsWith('\t')) {
      if (!row) out.push({ kind: 'row', cells: (row = []) });
      row.push(line.slice(1).trim());
      lastWasCell = true;
    } else if (line.trim() === '') {
      row = null;
      lastWasCell = false;
    } else if (lastWasCell && row) {
      // A cell continued on the next line (「本年新」「制作数量」).
      row[row.length - 1] += line.trim();
    } else {
      row = null;
      out.push({ kind: 'prose', text: line });
    }
  }
  return out;
}

const NUMBERISH = /^[+-]?[\d,.]+(?:万元|元|件|个|条|次)?$|^$|^[/／—–-]+$|^无$/;
/** Where a row's values start: after its last cell that is not a number, blank or placeholder. */
function splitRow(cells: string[]): { labels: string[]; values: string[] } {
  let i = cells.length;
  while (i > 0 && NUMBERISH.test(cells[i - 1]!)) i--;
  return { labels: cells.slice(0, i).filter((c) => c !== ''), values: cells.slice(i) };
}
const isDataRow = (cells: string[]): boolean => {
  const { labels, values } = splitRow(cells);
  return labels.length > 0 && values.some((v) => v !== '');
};

const tabLed = (seg: Segment): string => (seg.kind === 'prose' ? seg.text : `${seg.cells.map((c) => `\t${c}`).join('\n')}\n`);
const render = (segs: Segment[], row: (cells: string[], i: number) => string): string => {
  let n = 0;
  return segs.map((s) => (s.kind === 'prose' ? s.text : row(s.cells, n++))).join('\n');
};

const FOOTERS = ['— 3 —', '-3-', '- 4 -', '第 5 页'];

export interface MessyVariant {
  name: string;
  text: string;
}

/** Every messy version of one seed, each with its name. */
export function messyVersions(seed: string): MessyVariant[] {
  const segs = segments(seed);
  return [
    {
      // PDF text: a label per line, the row's values on the next line, blank cells gone.
      name: 'labels on their own line',
      text: render(segs, (cells) => {
        const { labels, values } = splitRow(cells);
        const vals = values.filter((v) => v !== '');
        return [...labels, ...(vals.length > 0 ? [vals.join(' ')] : [])].join('\n');
      }),
    },
    {
      // Page footers between table rows, as a paragraph of their own.
      name: 'page footers between rows',
      text: render(segs, (cells, i) => `${tabLed({ kind: 'row', cells })}${i % 9 === 8 ? `\n${FOOTERS[(i / 9) % FOOTERS.length | 0]}\n` : ''}`),
    },
    {
      // `|` rows, some broken over two lines.
      name: '| table fragments',
      text: render(segs, (cells, i) => {
        const row = cells.map((c) => c || ' ');
        if (i % 7 === 3 && row.length > 3) {
          const cut = Math.ceil(row.length / 2);
          return `| ${row.slice(0, cut).join(' | ')}\n${row.slice(cut).join(' | ')} |`;
        }
        return `| ${row.join(' | ')} |`;
      }),
    },
    {
      // innerText rows with two neighbouring values run together in one cell.
      name: 'numbers run together',
      text: render(segs, (cells, i) => {
        if (!isDataRow(cells) || i % 4 !== 1) return cells.join('\t');
        const { labels, values } = splitRow(cells);
        const at = cells.length - values.length;
        const joined = values.length >= 2 ? [`${values[0]} ${values[1]}`, ...values.slice(2)] : values;
        return [...cells.slice(0, at), ...joined].join('\t').replace(/^/, labels.length === 0 ? '' : '');
      }),
    },
  ];
}

const BLOCKS = /^(P|DIV|LI|UL|OL|H[1-6]|TR|SECTION|ARTICLE|BR|CENTER|HEADER|FOOTER|TABLE)$/;

/**
 * A rendered page in the seeds' tab-led text form: the article's text line by line, each table
 * that holds no other table as one tab-led line per cell and rows split by blank lines. Spanned
 * cells are written once, as a text copy of a page keeps them.
 */
export function seedForm(doc: Document): string {
  const out: string[] = [];
  let line = '';
  const flush = (): void => {
    const t = line.replace(/\s+/g, ' ').trim();
    if (t) out.push(t);
    line = '';
  };
  const walk = (node: Node): void => {
    if (node.nodeType === 3) {
      line += (node as CharacterData).data;
      return;
    }
    if (node.nodeType !== 1) return;
    const el = node as Element;
    if (/^(SCRIPT|STYLE|HEAD|TITLE)$/.test(el.tagName)) return;
    if (el.tagName === 'TABLE' && !el.querySelector('table')) {
      flush();
      for (const tr of Array.from(el.querySelectorAll('tr'))) {
        const cells = Array.from(tr.querySelectorAll('td,th')).map((c) => (c.textContent ?? '').replace(/\s+/g, ' ').trim());
        out.push('', ...cells.map((c) => `\t${c}`));
      }
      out.push('', '');
      return;
    }
    const block = BLOCKS.test(el.tagName);
    if (block) flush();
    for (let c = el.firstChild; c; c = c.nextSibling) walk(c);
    if (block) flush();
  };
  if (doc.body) walk(doc.body);
  flush();
  return out.join('\n');
}
