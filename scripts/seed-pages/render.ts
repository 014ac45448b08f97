// HTML for the shapes gov sites publish: Word's export (MsoNormalTable, <p class=MsoNormal><span>
// in every cell, &nbsp; blanks, labels cut into runs) and plain CMS markup.
import type { Piece, Rows, Seed, Spec } from './model';

export const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

const attrs = (s: Spec): string => `${s.rowspan ? ` rowspan="${s.rowspan}"` : ''}${s.colspan ? ` colspan="${s.colspan}"` : ''}`;

/** Word cuts text into runs wherever formatting or spell-check state changes; cut labels and numbers the same way. */
function runs(text: string, n: number): string {
  if (text === '') return `<span lang=EN-US><o:p>&nbsp;</o:p></span>`;
  const cut = text.length >= 4 ? [Math.ceil(text.length / 3), Math.ceil((2 * text.length) / 3)] : text.length >= 2 ? [text.length - 1] : [];
  const pieces = [0, ...cut].map((from, i, all) => text.slice(from, all[i + 1] ?? text.length)).filter(Boolean);
  const font = /^[\d.+-]/.test(text) ? ` lang=EN-US style='font-size:10.5pt;font-family:"Times New Roman"'` : ` style='font-size:10.5pt;font-family:宋体'`;
  // Some numbers carry a trailing &nbsp; (「0&nbsp;」), as Word leaves them.
  const pad = /^\d+$/.test(text) && n % 3 === 0 ? '&nbsp;' : '';
  return `${pieces.map((p) => `<span${font}>${esc(p)}</span>`).join('')}<span lang=EN-US>${pad}<o:p></o:p></span>`;
}

function wordTable(rows: Rows): string {
  let n = 0;
  const trs = rows.map((row, i) => {
    const tds = row.map(
      (c) =>
        `  <td${attrs(c)} valign=center style='border:solid windowtext 1.0pt;padding:0cm 5.4pt 0cm 5.4pt'>\n` +
        `  <p class=MsoNormal align=center style='text-align:center'>${runs(c.text, n++)}</p>\n  </td>`,
    );
    return ` <tr style='mso-yfti-irow:${i}'>\n${tds.join('\n')}\n </tr>`;
  });
  return `<table class=MsoNormalTable border=1 cellspacing=0 cellpadding=0 style='border-collapse:collapse;border:none;mso-border-alt:solid windowtext .5pt;mso-yfti-tbllook:1184'>\n${trs.join('\n')}\n</table>`;
}

/** Plain CMS markup; `head` rows go in a <thead> of <th> cells. */
function plainTable(rows: Rows, head = 0): string {
  const tr = (row: Spec[], tag: string): string => `<tr>${row.map((c) => `<${tag}${attrs(c)}>${esc(c.text)}</${tag}>`).join('')}</tr>`;
  const thead = head > 0 ? `<thead>\n${rows.slice(0, head).map((r) => tr(r, 'th')).join('\n')}\n</thead>\n` : '';
  const tbody = rows.slice(head).map((r) => tr(r, 'td')).join('\n');
  return `<table border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse">\n${thead}<tbody>\n${tbody}\n</tbody>\n</table>`;
}

export type Shape = 'word' | 'split' | 'bare' | 'page';

/** The article: paragraphs and tables in the seed's order, tables laid out for the shape. */
export function article(seed: Seed, shape: Shape, afterTitle = ''): string {
  const table = (rows: Rows, head = 0): string => (shape === 'word' ? wordTable(rows) : plainTable(rows, shape === 'page' ? head : 0));
  let titled = false;
  const render = (p: Piece): string => {
    switch (p.kind) {
      case 'line':
        if (p.title && shape !== 'word' && seed.report.title!.includes(p.text)) {
          // A title broken over two lines in the text is one <h1> on a page.
          if (titled) return '';
          titled = true;
          return `<h1 class="title">${esc(seed.report.title!)}</h1>${afterTitle}`;
        }
        return shape === 'word'
          ? `<p class=MsoNormal${p.title ? " align=center style='text-align:center'" : " style='text-indent:32.0pt'"}>${p.title ? '<b>' : ''}<span style='font-size:16.0pt;font-family:仿宋_GB2312'>${esc(p.text)}</span>${p.title ? '</b>' : ''}</p>`
          : `<p>${esc(p.text)}</p>`;
      case 't2':
        return shape === 'split' ? p.blocks.map((b) => table(b)).join('\n') : table(p.blocks.flat());
      case 't3':
        return shape === 'split'
          ? [table([...p.header, ...p.parts[0]!]), ...p.parts.slice(1).map((part) => table(part))].join('\n')
          : table([...p.header, ...p.parts.flat()], 3);
      case 't4':
        return shape === 'bare' ? table([p.values]) : table([...p.header, p.values], 3);
      case 'other':
        return table(p.rows);
    }
  };
  return seed.pieces.map(render).filter(Boolean).join('\n');
}
