/**
 * The grid (lib/grid) against the HTML table model, on random tables: random spans (0, negative,
 * huge, garbage), empty and ragged rows, row groups, nested tables, junk text. And for the text
 * form: every cell's line holds its text.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { gridsFromDocument, gridsFromText, type Grid } from '../../lib/grid';
import { cellElement } from '../support/cell-element';
import { MAX_SLOTS_PER_TABLE } from '../../lib/grid/table-model';
import { junkText, tableHtml } from './junk';
import { cases, LONG, page, squash } from './support';

const { load } = page();

/** The rows of a table's own row groups, as the HTML parser leaves them (direct <tr>s run together). */
function ownGroups(table: Element): Element[][] {
  const groups: Element[][] = [];
  let loose: Element[] | null = null;
  for (const child of Array.from(table.children)) {
    if (child.tagName === 'TR') (loose ?? groups[groups.push((loose = [])) - 1]!).push(child);
    else if (/^T(HEAD|BODY|FOOT)$/.test(child.tagName)) {
      loose = null;
      groups.push(Array.from(child.children).filter((r) => r.tagName === 'TR'));
    }
  }
  return groups;
}

/**
 * The HTML "forming a table" algorithm with the spans the DOM reflects (td.rowSpan/colSpan parse
 * attributes as browsers do), in document order, rowspan=0 to the end of its row group, an
 * overlapped slot kept by the earlier cell. Slot → the <td> covering it and whether it is its origin.
 */
function reference(table: HTMLTableElement): ({ el: Element; origin: boolean } | null)[][] {
  const rows: ({ el: Element; origin: boolean } | null)[][] = [];
  let r = 0;
  for (const group of ownGroups(table)) {
    const end = r + group.length;
    for (const tr of group) {
      const row = (rows[r] ??= []);
      let col = 0;
      for (const td of Array.from(tr.children) as HTMLTableCellElement[]) {
        if (td.tagName !== 'TD' && td.tagName !== 'TH') continue;
        while (row[col]) col++;
        const rs = td.rowSpan === 0 ? end - r : Math.min(td.rowSpan, end - r);
        for (let dr = 0; dr < rs; dr++) {
          const target = (rows[r + dr] ??= []);
          for (let dc = 0; dc < td.colSpan; dc++) target[col + dc] ??= { el: td, origin: dr === 0 && dc === 0 };
        }
        col += td.colSpan;
      }
      r++;
    }
    rows.length = Math.max(rows.length, end);
  }
  return Array.from(rows, (row) => Array.from(row ?? [], (s) => s ?? null));
}

describe('grid: HTML', () => {
  // 1,000 cases.
  it('expands every table as the HTML table model does', () => {
    fc.assert(
      fc.property(fc.array(tableHtml, { minLength: 1, maxLength: 3 }), (tables) => {
        const doc = load(tables.join('<p>between</p>'));
        const grids = gridsFromDocument(doc);
        const elements = Array.from(doc.getElementsByTagName('table'));
        expect(grids.map((g) => g.table)).toEqual(elements.map((_, i) => i));
        // Slots as "<cell index><* for the origin>", so a difference reads as positions, not DOM dumps.
        const index = new Map(Array.from(doc.querySelectorAll('td, th')).map((el, i) => [el, i]));
        const sig = (s: { el?: Element; origin: boolean } | null): string => (s?.el ? `${index.get(s.el)}${s.origin ? '*' : ''}` : '-');
        grids.forEach((grid, t) => {
          expect(grid.truncated).toBeUndefined();
          const want = reference(elements[t]!).map((row) => row.map(sig));
          // A row ends at its last covered slot; holes before it are empty cells of their own (no element).
          const got = grid.rows.map((row) => row.map((s) => sig(s.element ? { el: s.element, origin: s.origin } : null)));
          const trim = (rows: string[][]) => rows.map((row) => row.join(' ').replace(/( -)+$/, ''));
          expect(trim(got)).toEqual(trim(want));
        });
      }),
      cases(1000),
    );
  }, LONG);

  // 600 cases: refs, with nested tables.
  it('points every slot at its origin, and cellElement finds the origin’s element', () => {
    fc.assert(
      fc.property(fc.array(tableHtml, { minLength: 1, maxLength: 3 }), fc.nat(), (tables, pick) => {
        const doc = load(tables.join(''));
        const problems: string[] = [];
        for (const grid of gridsFromDocument(doc)) {
          const origins = new Map<Element, number>();
          grid.rows.forEach((row, r) =>
            row.forEach((slot, c) => {
              const o = grid.rows[slot.ref.row]?.[slot.ref.col];
              if (!(o?.origin && o.ref === slot.ref && o.element === slot.element)) problems.push(`${grid.table}:${r},${c} → ${JSON.stringify(slot.ref)} is not its origin`);
              if (slot.origin !== (slot.ref.row === r && slot.ref.col === c)) problems.push(`${grid.table}:${r},${c} origin flag`);
              if (slot.origin && slot.element) origins.set(slot.element, (origins.get(slot.element) ?? 0) + 1);
            }),
          );
          // Each of the table's own cells has exactly one origin slot.
          const own = ownGroups(doc.getElementsByTagName('table')[grid.table]!).flat().flatMap((tr) => Array.from(tr.children).filter((c) => /^T[DH]$/.test(c.tagName)));
          if (!own.every((el) => origins.get(el) === 1)) problems.push(`${grid.table}: a cell without exactly one origin slot`);
          const slots = grid.rows.flat();
          const s = slots[pick % Math.max(1, slots.length)];
          if (s && cellElement(doc, s.ref) !== (s.element ?? null)) problems.push(`${grid.table}: cellElement(${JSON.stringify(s.ref)})`);
        }
        expect(problems).toEqual([]);
      }),
      cases(600),
    );
  }, LONG);

  it('keeps a table past the slot budget to the rows that fit, and says so', () => {
    const rows = Array.from({ length: 500 }, (_, i) => `<tr><td colspan="1000">${i}</td></tr>`).join('');
    const [grid] = gridsFromDocument(load(`<table><tbody><tr><td rowspan="65534" colspan="1000">x</td></tr>${rows}</tbody></table>`));
    expect(grid!.truncated).toBe(true);
    expect(grid!.rows.flat().length).toBeLessThanOrEqual(MAX_SLOTS_PER_TABLE);
  });

  // Regression GRID-NEGATIVE-SPAN (found by the model test above): span() read attributes with
  // parseInt and clamped at 0, so rowspan="-1" ran to the end of the row group where browsers read
  // an invalid value as 1, and "\u30002" (a leading ideographic space) read as 2 where browsers read 1.
  it('regression GRID-NEGATIVE-SPAN: rowspan="-1" spans one row, as in a browser', () => {
    const doc = load('<table><tr><td rowspan="-1">a</td><td>b</td></tr><tr><td>c</td><td>d</td></tr></table>');
    const show = (g: Grid) => g.rows.map((r) => r.map((s) => s.text).join(''));
    expect(show(gridsFromDocument(doc)[0]!)).toEqual(['ab', 'cd']);
  });
  it('regression GRID-NEGATIVE-SPAN: colspan="\u30002" spans one column, as in a browser', () => {
    const doc = load('<table><tr><td colspan="\u30002">a</td><td>b</td></tr></table>');
    expect(gridsFromDocument(doc)[0]!.rows[0]!.map((s) => s.text)).toEqual(['a', 'b']);
  });
});

const line = fc.oneof(
  junkText,
  junkText.map((t) => `\t${t}`),
  fc.array(junkText, { minLength: 2, maxLength: 4 }).map((ts) => ts.join('\t')),
  fc.array(junkText, { minLength: 1, maxLength: 3 }).map((ts) => `|${ts.join('|')}|`),
  fc.constantFrom('', '', '\t', '|---|---|', '[bookmark: _x]\t5', '\uFEFF'),
);

describe('grid: text', () => {
  // 2,500 cases.
  it('puts every cell on the 1-based line that holds its text, at its own row and column', () => {
    fc.assert(
      fc.property(fc.array(line, { maxLength: 40 }), fc.constantFrom('\n', '\r\n', '\r'), (lines, eol) => {
        const text = lines.join(eol);
        const all = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
        gridsFromText(text).forEach((grid, t) => {
          expect(grid.table).toBe(t);
          grid.rows.forEach((row, r) =>
            row.forEach((slot, c) => {
              expect(slot.ref).toMatchObject({ table: t, row: r, col: c });
              const at = all[slot.ref.line! - 1];
              expect(at).toBeDefined();
              const [l, s] = [squash(at!), squash(slot.text)];
              expect(l.includes(s) || s.startsWith(l)).toBe(true);
            }),
          );
        });
      }),
      cases(2500),
    );
  }, LONG);

  // Regression TEXT-WRAPPED-LABEL-LINE (found by the property above, seed -2066008794): a label
  // wrapped over two lines (a numbered start, an unnumbered rest) was placed on its second line.
  it('regression TEXT-WRAPPED-LABEL-LINE: a label wrapped over two lines is on the line it starts on', () => {
    const [grid] = gridsFromText(['5.要求行政机关确认或重新出具', '已获取信息', '0 0 0 0 0 0 0'].join('\n'));
    expect(grid!.rows[0]![0]).toMatchObject({ text: '5.要求行政机关确认或重新出具已获取信息', ref: { line: 1 } });
  });
});
