import type { PDFDocumentProxy } from 'pdfjs-dist';
import type { ComponentChildren } from 'preact';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { kindOf, refKey, type AuditExport, type CellRef, type Finding } from '../../lib/model';
import { cellIndex, describeFinding } from '../overlay/describe';
import { t as overlayT, uiLang } from '../overlay/i18n';
import { drawable, overlayModel } from '../overlay/model';
import { KIND_COLORS } from '../overlay/styles';
import { placeCells } from '../popup/cells';
import { ExportBar } from '../popup/ExportBar';
import { FindingList } from '../popup/FindingList';
import { pick, t } from '../popup/i18n';
import { TablesView } from '../popup/TablesView';
import { VerdictHeader } from '../popup/VerdictHeader';
import { createPageMarks, type PageMarks } from './marks';
import { PdfPages } from './PdfPages';
import { useResults, type ResultsApi } from './useResults';

const FLASH_MS = 2000;

interface Props {
  api: ResultsApi;
  fileUrl: string;
  fileName: string;
  /** pdf.js's document for drawing the pages (the audit reads its own copy). */
  openPdf(bytes: Uint8Array): Promise<PDFDocumentProxy>;
}

/**
 * The results of a PDF or .docx report: the verdict, findings, dismissals and export as in the
 * popup, beside the document itself — a PDF's pages with the overlay's marks on its cells, a
 * .docx's tables as read. A click on a cell corrects its value; the audit then runs again.
 */
export function ResultsApp({ api, fileUrl, fileName, openPdf }: Props) {
  const state = useResults(api, fileUrl);
  const { phase, shown } = state;
  const [marksOn, setMarksOn] = useState(true);
  const [flash, setFlash] = useState<{ cells: CellRef[]; color: string; nonce: number } | null>(null);
  const places = useMemo(() => (shown ? placeCells(shown) : new Map()), [shown]);

  useEffect(() => {
    document.title = `${t('results_title')} · ${fileName}`;
  }, [fileName]);

  const reveal = (id: string) => {
    const f = shown?.findings.find((x) => x.id === id);
    const first = f?.cells[0];
    const el = first && document.querySelector(`[data-cell="${refKey(first)}"]`);
    if (!f || !el) return;
    el.scrollIntoView({ block: 'center', inline: 'nearest', behavior: 'smooth' });
    setMarksOn(true);
    const nonce = Date.now();
    setFlash({ cells: f.cells, color: KIND_COLORS[kindOf(f)], nonce });
    setTimeout(() => setFlash((now) => (now?.nonce === nonce ? null : now)), FLASH_MS);
  };

  if (phase.kind === 'fetching' || phase.kind === 'reading') {
    return (
      <Frame fileUrl={fileUrl} fileName={fileName}>
        <p class="message" role="status">
          {phase.kind === 'fetching' ? t('results_fetching') : t('results_reading')}
        </p>
      </Frame>
    );
  }
  if (phase.kind === 'failed') {
    return (
      <Frame fileUrl={fileUrl} fileName={fileName}>
        <p class="problem" role="alert">
          {pick(phase.reason)}
        </p>
      </Frame>
    );
  }
  const audit = shown!;
  const readable = drawable(audit.verdict.status);
  return (
    <Frame
      fileUrl={fileUrl}
      fileName={fileName}
      tools={
        phase.file === 'pdf' && readable ? (
          <label class="toggle">
            <input type="checkbox" checked={marksOn} onChange={(e) => setMarksOn((e.currentTarget as HTMLInputElement).checked)} />
            {t('popup_overlay_toggle')}
          </label>
        ) : null
      }
      side={
        <>
          <VerdictHeader audit={audit} />
          {state.problem ? (
            <p class="problem" role="alert">
              {state.problem}
            </p>
          ) : null}
          {state.busy ? (
            <p class="message" role="status">
              {t('results_reauditing')}
            </p>
          ) : null}
          {/* A file we could not read has no findings to list: the verdict says why. */}
          {readable ? (
            <FindingList audit={audit} places={places} pending={new Set()} onReveal={reveal} onDismiss={(id, v) => void state.dismiss(id, v)} />
          ) : null}
          <ExportBar audit={audit} />
          {readable ? <p class="legend">{t('popup_correct_help')}</p> : null}
        </>
      }
    >
      {phase.file === 'pdf' ? (
        <PdfDocument bytes={phase.bytes} audit={audit} marksOn={marksOn && readable} flash={flash} openPdf={openPdf} onCorrect={state.correct} onCloseMarks={() => setMarksOn(false)} />
      ) : (
        <TablesView audit={audit} open onCorrect={readable ? state.correct : undefined} />
      )}
    </Frame>
  );
}

interface FrameProps {
  fileUrl: string;
  fileName: string;
  tools?: ComponentChildren;
  /** Verdict, findings and export, beside the document. */
  side?: ComponentChildren;
  children: ComponentChildren;
}

function Frame({ fileUrl, fileName, tools, side, children }: FrameProps) {
  return (
    <div class="results">
      <header class="topbar">
        <h1 class="topbar__name">
          {t('popup_name')} <span class="results__file" title={fileUrl}>{fileName}</span>
        </h1>
        <div class="topbar__tools">{tools}</div>
      </header>
      <div class="results__body">
        {side ? <aside class="results__side">{side}</aside> : null}
        <main class="results__doc">{children}</main>
      </div>
    </div>
  );
}

interface DocProps {
  bytes: Uint8Array;
  audit: AuditExport;
  marksOn: boolean;
  flash: { cells: CellRef[]; color: string; nonce: number } | null;
  openPdf: Props['openPdf'];
  onCorrect(at: CellRef, raw: string): void;
  onCloseMarks(): void;
}

/** The PDF's pages and, over them, the marks the overlay draws on an HTML report. */
function PdfDocument({ bytes, audit, marksOn, flash, openPdf, onCorrect, onCloseMarks }: DocProps) {
  const [doc, setDoc] = useState<PDFDocumentProxy | null>(null);
  const [failure, setFailure] = useState('');
  const [laidOut, setLaidOut] = useState(0);
  const marks = useRef<PageMarks | null>(null);
  const closeMarks = useRef(onCloseMarks);
  closeMarks.current = onCloseMarks;

  useEffect(() => {
    let live = true;
    let opened: PDFDocumentProxy | null = null;
    openPdf(bytes).then(
      (d) => {
        opened = d;
        if (live) setDoc(d);
      },
      (error: unknown) => live && setFailure(error instanceof Error ? error.message : String(error)),
    );
    marks.current = createPageMarks(() => closeMarks.current());
    return () => {
      live = false;
      marks.current?.hide();
      void opened?.destroy();
    };
  }, [bytes]);

  useEffect(() => {
    const m = marks.current;
    if (!m || laidOut === 0) return;
    if (!marksOn) return m.hide();
    const index = cellIndex(audit);
    const lang = uiLang();
    m.show({
      model: overlayModel(audit),
      locate: (ref) => document.querySelector(`.pdf__cell[data-cell="${refKey(ref)}"]`),
      describe: (f: Finding) => describeFinding(f, index, lang, overlayT),
      t: overlayT,
      lang,
      flash,
    });
  }, [audit, marksOn, flash, laidOut]);

  if (failure) {
    return (
      <p class="problem" role="alert">
        {t('results_render_failed', failure)}
      </p>
    );
  }
  if (!doc) {
    return (
      <p class="message" role="status">
        {t('results_rendering')}
      </p>
    );
  }
  return <PdfPages doc={doc} audit={audit} onCorrect={onCorrect} onLayout={() => setLaidOut((n) => n + 1)} />;
}
