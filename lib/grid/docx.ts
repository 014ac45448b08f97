import { DOMParser } from '@xmldom/xmldom';
import { strFromU8, unzipSync } from 'fflate';
import type { Bilingual, CellRef } from '../model';
import { normaliseCellText, normaliseInline } from './normalize';
import type { Grid, GridCell } from './types';

/**
 * A .docx into the same grids `lib/grid/html.ts` makes from `<table>`s, plus its paragraphs:
 * `word/document.xml` read with an XML parser, `w:tbl/w:tr/w:tc` with `w:gridSpan` (colspan),
 * `w:vMerge` (a cell merged with the one above) and `w:gridBefore` (columns skipped at a row's
 * start). Cell refs are the table's index among the document's tables, the row and the grid column.
 */

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const ELEMENT = 1;
/** A report's document.xml is well under a megabyte; a zip bomb is not read past this. */
const MAX_XML = 20 * 1024 * 1024;
const MAX_COLS = 1000;

export type DocxRead = { ok: true; grids: Grid[]; lines: string[] } | { ok: false; reason: Bilingual };

const NOT_DOCX: Bilingual = {
  zh: '不是 Word 文档（.docx）：文件无法解压或缺少 word/document.xml',
  en: 'Not a Word document (.docx): the file cannot be unzipped or has no word/document.xml',
};

export function readDocx(bytes: Uint8Array): DocxRead {
  let xml: string;
  try {
    const files = unzipSync(bytes, { filter: (f) => f.name === 'word/document.xml' && f.originalSize <= MAX_XML });
    const entry = files['word/document.xml'];
    if (!entry) return { ok: false, reason: NOT_DOCX };
    xml = strFromU8(entry);
  } catch {
    return { ok: false, reason: NOT_DOCX };
  }
  let doc;
  try {
    doc = new DOMParser({ onError: () => {} }).parseFromString(xml, 'application/xml');
  } catch {
    return { ok: false, reason: { zh: 'Word 文档已损坏：document.xml 不是有效的 XML', en: 'The Word document is damaged: document.xml is not valid XML' } };
  }
  const body = children(doc.documentElement as unknown as Element | null, 'body')[0];
  if (!body) return { ok: false, reason: NOT_DOCX };
  const grids: Grid[] = [];
  const lines: string[] = [];
  walk(body, grids, lines);
  return { ok: true, grids, lines };
}

const isW = (n: Node | null, name: string): n is Element => n !== null && n.nodeType === ELEMENT && (n as Element).namespaceURI === W && (n as Element).localName === name;

function children(el: Element | null, name: string): Element[] {
  const out: Element[] = [];
  for (let c = el?.firstChild ?? null; c; c = c.nextSibling) if (isW(c, name)) out.push(c);
  return out;
}

const child = (el: Element | undefined, ...path: string[]): Element | undefined => {
  let at = el;
  for (const name of path) at = at ? children(at, name)[0] : undefined;
  return at;
};

const wVal = (el: Element | undefined): string | null => el?.getAttributeNS(W, 'val') || el?.getAttribute('w:val') || null;

/** Body order: paragraphs become lines, tables grids; content controls and the like are read through. */
function walk(el: Element, grids: Grid[], lines: string[]): void {
  for (let c = el.firstChild; c; c = c.nextSibling) {
    if (isW(c, 'p')) {
      const text = normaliseInline(paragraphText(c));
      if (text) lines.push(text);
    } else if (isW(c, 'tbl')) {
      grids.push(tableGrid(c, grids.length));
    } else if (c.nodeType === ELEMENT && !isW(c, 'sectPr')) {
      walk(c as Element, grids, lines);
    }
  }
}

/** A paragraph's visible text: `w:t` runs, tabs and breaks; deleted text and field codes left out. */
function paragraphText(p: Element): string {
  const parts: string[] = [];
  const visit = (el: Element): void => {
    for (let c = el.firstChild; c; c = c.nextSibling) {
      if (c.nodeType !== ELEMENT) continue;
      const e = c as Element;
      if (e.namespaceURI !== W) {
        // Drawing and compatibility wrappers (mc:AlternateContent …) hold text boxes: read their fallback once.
        if (e.localName !== 'Choice') visit(e);
        continue;
      }
      const name = e.localName;
      if (name === 't') parts.push(e.textContent ?? '');
      else if (name === 'tab') parts.push(' ');
      else if (name === 'br' || name === 'cr') parts.push('\n');
      else if (name === 'del' || name === 'instrText' || name === 'delText' || name === 'rPr' || name === 'pPr' || name === 'tbl') continue;
      else visit(e);
    }
  };
  visit(p);
  return parts.join('');
}

function cellText(tc: Element): string {
  const paras: string[] = [];
  const visit = (el: Element): void => {
    for (let c = el.firstChild; c; c = c.nextSibling) {
      if (isW(c, 'p')) paras.push(paragraphText(c));
      else if (c.nodeType === ELEMENT && !isW(c, 'tbl') && !isW(c, 'tcPr')) visit(c as Element);
    }
  };
  visit(tc);
  return normaliseCellText(paras.join('\n'));
}

function rowsOf(tbl: Element): Element[] {
  const out: Element[] = [];
  const visit = (el: Element): void => {
    for (let c = el.firstChild; c; c = c.nextSibling) {
      if (isW(c, 'tr')) out.push(c);
      else if (c.nodeType === ELEMENT && !isW(c, 'tbl') && !isW(c, 'tblPr') && !isW(c, 'tblGrid')) visit(c as Element);
    }
  };
  visit(tbl);
  return out;
}

function cellsOf(tr: Element): Element[] {
  const out: Element[] = [];
  const visit = (el: Element): void => {
    for (let c = el.firstChild; c; c = c.nextSibling) {
      if (isW(c, 'tc')) out.push(c);
      else if (c.nodeType === ELEMENT && !isW(c, 'trPr') && !isW(c, 'tblPrEx')) visit(c as Element); // w:sdt, w:customXml
    }
  };
  visit(tr);
  return out;
}

const count = (v: string | null, fallback: number): number => {
  const n = v === null ? NaN : Number.parseInt(v, 10);
  return Number.isFinite(n) && n >= 1 ? Math.min(n, MAX_COLS) : fallback;
};

function tableGrid(tbl: Element, index: number): Grid {
  const rows: GridCell[][] = [];
  rowsOf(tbl).forEach((tr, r) => {
    const row: GridCell[] = [];
    rows.push(row);
    let col = count(wVal(child(tr, 'trPr', 'gridBefore')), 0);
    for (let c = 0; c < col; c++) row.push({ text: '', ref: { table: index, row: r, col: c }, origin: true });
    for (const tc of cellsOf(tr)) {
      const props = child(tc, 'tcPr');
      const span = count(wVal(child(props, 'gridSpan')), 1);
      const vMerge = child(props, 'vMerge');
      // `<w:vMerge/>` or `w:val="continue"` continues the cell above; `restart` starts a new one.
      const above = vMerge && wVal(vMerge) !== 'restart' ? rows[r - 1]?.[col] : undefined;
      const ref: CellRef = above ? above.ref : { table: index, row: r, col };
      const text = above ? above.text : cellText(tc);
      for (let dc = 0; dc < span && col < MAX_COLS; dc++, col++) row.push({ text, ref, origin: !above && dc === 0 });
    }
  });
  return { table: index, rows };
}
