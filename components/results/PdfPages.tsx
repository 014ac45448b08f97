import type { PageViewport, PDFDocumentProxy } from 'pdfjs-dist';
import { useEffect, useRef, useState } from 'preact/hooks';
import { cellsOf, refKey, type AuditExport, type Cell, type CellRef } from '../../lib/model';
import { t } from '../popup/i18n';

/** CSS px per PDF point: an A4 page about 890 px wide, its table digits easy to read. */
export const PAGE_SCALE = 1.5;

interface Props {
  doc: PDFDocumentProxy;
  audit: AuditExport;
  /** A click on a cell lets the reviewer type its value (SPEC §3). */
  onCorrect(at: CellRef, raw: string): void;
  /** The cell boxes are in place (first time, and after each audit): the marks can measure them. */
  onLayout(): void;
}

interface Placed {
  key: string;
  /** A value cell (a click corrects it); null for a label cell, which findings name too (LABEL-VARIANT). */
  cell: Cell | null;
  left: number;
  top: number;
  width: number;
  height: number;
}

/** Where each of a page's cells sits on its canvas: the reader's box, scaled by pdf.js's viewport. */
function placeCells(audit: AuditExport, page: number, viewport: PageViewport): Placed[] {
  const refs: Array<{ at: CellRef; cell: Cell | null }> = [
    ...cellsOf(audit.report).map(({ cell }) => ({ at: cell.at, cell })),
    ...audit.report.labels.map(({ at }) => ({ at, cell: null })),
  ];
  const seen = new Set<string>();
  return refs.flatMap(({ at, cell }) => {
    const key = refKey(at);
    if (at.page !== page || !at.box || seen.has(key)) return [];
    seen.add(key);
    const [x0, y0, x1, y1] = viewport.convertToViewportRectangle(at.box);
    return [{ key, cell, left: Math.min(x0!, x1!), top: Math.min(y0!, y1!), width: Math.abs(x1! - x0!), height: Math.abs(y1! - y0!) }];
  });
}

/** The PDF's pages drawn by pdf.js, each with a layer of its cells' boxes (what the marks outline). */
export function PdfPages({ doc, audit, onCorrect, onLayout }: Props) {
  const [viewports, setViewports] = useState<PageViewport[]>([]);
  useEffect(() => {
    let live = true;
    void (async () => {
      const list: PageViewport[] = [];
      for (let n = 1; n <= doc.numPages; n++) list.push((await doc.getPage(n)).getViewport({ scale: PAGE_SCALE }));
      if (live) setViewports(list);
    })();
    return () => {
      live = false;
    };
  }, [doc]);
  useEffect(() => {
    if (viewports.length > 0) onLayout();
  }, [viewports, audit]);

  return (
    <div class="pdf" aria-label={t('results_pages_label')}>
      {viewports.map((viewport, i) => (
        <PdfPage key={i} doc={doc} page={i + 1} viewport={viewport} cells={placeCells(audit, i + 1, viewport)} onCorrect={onCorrect} />
      ))}
    </div>
  );
}

function PdfPage({ doc, page, viewport, cells, onCorrect }: { doc: PDFDocumentProxy; page: number; viewport: PageViewport; cells: Placed[]; onCorrect: Props['onCorrect'] }) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const [editing, setEditing] = useState<string | null>(null);
  useEffect(() => {
    const el = canvas.current;
    if (!el) return;
    // Sharp on high-density screens: the backing store at device pixels, the box at CSS pixels.
    const ratio = window.devicePixelRatio || 1;
    el.width = Math.floor(viewport.width * ratio);
    el.height = Math.floor(viewport.height * ratio);
    let task: { cancel(): void; promise: Promise<void> } | null = null;
    void doc.getPage(page).then((p) => {
      task = p.render({ canvas: el, viewport, transform: ratio === 1 ? undefined : [ratio, 0, 0, ratio, 0, 0] });
      task.promise.catch(() => undefined);
    });
    return () => task?.cancel();
  }, [doc, page, viewport]);

  return (
    <section class="pdf__page" data-page={page} style={{ width: `${viewport.width}px`, height: `${viewport.height}px` }} aria-label={t('results_page_label', page)}>
      <canvas ref={canvas} class="pdf__canvas" style={{ width: `${viewport.width}px`, height: `${viewport.height}px` }} />
      <div class="pdf__cells">
        {cells.map((c) => {
          const box = { left: `${c.left}px`, top: `${c.top}px`, width: `${c.width}px`, height: `${c.height}px` };
          const cell = c.cell;
          // A label: only there for the marks to find.
          if (!cell) return <div key={c.key} class="pdf__cell pdf__cell--label" data-cell={c.key} style={box} />;
          if (editing === c.key) {
            const done = (raw: string) => {
              setEditing(null);
              onCorrect(cell.at, raw);
            };
            return <CellInput key={c.key} cell={cell} style={box} onDone={done} onCancel={() => setEditing(null)} />;
          }
          const read = cell.corrected ? t('popup_cell_corrected', cell.corrected.raw.trim() || t('popup_cell_blank')) : t('popup_cell_raw', cell.raw.trim());
          return (
            <button
              key={c.key}
              type="button"
              class={`pdf__cell${cell.corrected ? ' pdf__cell--corrected' : ''}`}
              data-cell={c.key}
              style={box}
              title={`${read} · ${t('popup_cell_edit_hint')}`}
              onClick={() => setEditing(c.key)}
            >
              {cell.corrected ? <span class="pdf__value">{cell.raw}</span> : null}
            </button>
          );
        })}
      </div>
    </section>
  );
}

function CellInput({ cell, style, onDone, onCancel }: { cell: Cell; style: Record<string, string>; onDone(raw: string): void; onCancel(): void }) {
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => {
    input.current?.focus();
    input.current?.select();
  }, []);
  return (
    <input
      ref={input}
      class="pdf__input"
      data-cell={refKey(cell.at)}
      style={style}
      defaultValue={cell.raw.trim()}
      maxLength={40}
      aria-label={t('popup_cell_edit_label', cell.corrected?.raw.trim() ?? cell.raw.trim())}
      onKeyDown={(e) => {
        if (e.key === 'Enter') onDone((e.currentTarget as HTMLInputElement).value);
        else if (e.key === 'Escape') onCancel();
      }}
      onBlur={onCancel}
    />
  );
}
