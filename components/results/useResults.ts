import { useEffect, useMemo, useState } from 'preact/hooks';
import { applyDismissals } from '../../lib/audit/dismiss';
import type { AuditExport, Bilingual, CellRef, HandCorrection } from '../../lib/model';
import { refKey } from '../../lib/model';
import type { FileKind } from './fetchFile';

/** Everything the results page needs from the browser, behind one interface (tests pass a fake). */
export interface ResultsApi {
  /** The file's bytes, fetched once from its site (or why not). */
  fetchFile(): Promise<{ ok: true; bytes: Uint8Array; kind: FileKind } | { ok: false; reason: Bilingual }>;
  /** Audits the bytes with the reviewer's corrections. Never throws (a failure is the verdict). */
  audit(bytes: Uint8Array, kind: FileKind, corrections: HandCorrection[]): Promise<AuditExport>;
  /** Tells the tab that offered the file what its audit found (the toolbar badge). */
  publish(audit: AuditExport): void;
  getDismissed(url: string): Promise<string[]>;
  setDismissed(url: string, findingId: string, dismissed: boolean): Promise<string[]>;
}

export type ResultsPhase =
  | { kind: 'fetching' }
  | { kind: 'reading' }
  | { kind: 'failed'; reason: Bilingual }
  | { kind: 'ready'; bytes: Uint8Array; file: FileKind; audit: AuditExport };

const message = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/** The results page's state: fetch, audit, then the reviewer's dismissals and corrections. */
export function useResults(api: ResultsApi, fileUrl: string) {
  const [phase, setPhase] = useState<ResultsPhase>({ kind: 'fetching' });
  const [dismissed, setDismissedIds] = useState<string[]>([]);
  const [corrections, setCorrections] = useState<Map<string, HandCorrection>>(new Map());
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState('');

  useEffect(() => {
    let live = true;
    void (async () => {
      const fetched = await api.fetchFile();
      if (!live) return;
      if (!fetched.ok) return setPhase({ kind: 'failed', reason: fetched.reason });
      setPhase({ kind: 'reading' });
      const [audit, ids] = await Promise.all([api.audit(fetched.bytes, fetched.kind, []), api.getDismissed(fileUrl)]);
      if (!live) return;
      setDismissedIds(ids);
      setPhase({ kind: 'ready', bytes: fetched.bytes, file: fetched.kind, audit });
    })().catch((error: unknown) => live && setPhase({ kind: 'failed', reason: { zh: message(error), en: message(error) } }));
    return () => {
      live = false;
    };
  }, [api, fileUrl]);

  const shown = useMemo(() => (phase.kind === 'ready' ? applyDismissals(phase.audit, dismissed) : null), [phase, dismissed]);
  useEffect(() => {
    if (shown) api.publish(shown);
  }, [shown]);

  /** A value typed by the reviewer: the whole audit runs again on the corrected values. */
  const correct = async (at: CellRef, raw: string) => {
    if (phase.kind !== 'ready') return;
    const next = new Map(corrections).set(refKey(at), { at, raw });
    setBusy(true);
    setProblem('');
    try {
      const audit = await api.audit(phase.bytes, phase.file, [...next.values()]);
      setCorrections(next);
      setPhase({ ...phase, audit });
    } catch (error) {
      setProblem(message(error));
    } finally {
      setBusy(false);
    }
  };

  const dismiss = async (findingId: string, value: boolean) => {
    try {
      setDismissedIds(await api.setDismissed(fileUrl, findingId, value));
    } catch (error) {
      setProblem(message(error));
    }
  };

  return { phase, shown, busy, problem, correct, dismiss };
}
