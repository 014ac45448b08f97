import type { ComponentChildren } from 'preact';
import { useMemo } from 'preact/hooks';
import type { PopupApi } from './api';
import { placeCells } from './cells';
import { ExportBar } from './ExportBar';
import { FileOffer } from './FileOffer';
import { useFiles } from './files';
import { FindingList } from './FindingList';
import { t } from './i18n';
import { NoReport } from './NoReport';
import { TablesView } from './TablesView';
import { useAudit, type Timing } from './useAudit';
import { VerdictHeader } from './VerdictHeader';

interface Props {
  /** null: the popup could not tell which tab to audit. */
  api: PopupApi | null;
  timing?: Timing;
  writeClipboard?: (text: string) => Promise<void>;
  /** The reviewer's workflow (history, comparison, column batch), shown above every state. */
  workflow?: ComponentChildren;
}

export function App({ api, timing, writeClipboard, workflow }: Props) {
  if (!api) {
    return (
      <Shell workflow={workflow}>
        <p class="message">{t('popup_no_tab')}</p>
      </Shell>
    );
  }
  return <Audit api={api} timing={timing} writeClipboard={writeClipboard} workflow={workflow} />;
}

function Audit({ api, timing, writeClipboard, workflow }: Props & { api: PopupApi }) {
  const state = useAudit(api, timing);
  const { phase, shown } = state;
  const places = useMemo(() => (shown ? placeCells(shown) : new Map()), [shown]);
  const files = useFiles(api, phase.kind === 'ready' ? phase.attachments : []);
  const offer = <FileOffer files={files} onOpen={api.openFile} />;

  if (phase.kind === 'loading') {
    return (
      <Shell workflow={workflow}>
        <p class="message" role="status">
          {t('popup_loading')}
        </p>
      </Shell>
    );
  }
  if (phase.kind === 'none' || !shown) {
    return (
      <Shell workflow={workflow}>
        {files.tabIsFile ? offer : <NoReport busy={state.auditing} failure={phase.kind === 'none' ? phase.failure : ''} onAudit={state.auditNow} />}
      </Shell>
    );
  }
  const isReport = shown.verdict.status !== 'not-a-report';
  // The page is marked only where there is a readable report; elsewhere the switch would do nothing.
  const marks = isReport && shown.verdict.status !== 'unreadable';
  const hasTables = Object.values(shown.report.tables).some((table) => table !== null);
  return (
    <Shell
      workflow={workflow}
      tools={
        <>
          {marks ? (
            <label class="toggle">
              <input
                type="checkbox"
                checked={phase.overlay}
                onChange={(e) => state.setOverlay((e.currentTarget as HTMLInputElement).checked)}
              />
              {t('popup_overlay_toggle')}
            </label>
          ) : null}
          <button type="button" class="link" disabled={state.auditing} onClick={state.auditNow}>
            {state.auditing ? t('popup_auditing') : t('popup_reaudit')}
          </button>
        </>
      }
    >
      {offer}
      <VerdictHeader audit={shown} />
      {state.problem ? (
        <p class="problem" role="alert">
          {state.problem}
        </p>
      ) : null}
      {isReport ? (
        <FindingList
          audit={shown}
          places={places}
          pending={state.pending}
          onReveal={(id) => void state.reveal(id)}
          onDismiss={(id, value) => void state.dismiss(id, value)}
        />
      ) : null}
      {/* Export right after the findings it saves; the tables below are reference for a closer look. */}
      {isReport ? <ExportBar audit={shown} writeClipboard={writeClipboard} /> : null}
      {hasTables ? <TablesView audit={shown} onCorrect={state.correct} /> : null}
    </Shell>
  );
}

function Shell({ tools, workflow, children }: { tools?: ComponentChildren; workflow?: ComponentChildren; children: ComponentChildren }) {
  return (
    <div class="popup">
      <header class="topbar">
        <h1 class="topbar__name">{t('popup_name')}</h1>
        <div class="topbar__tools">{tools}</div>
      </header>
      <main class="popup__main">
        {workflow}
        {children}
      </main>
    </div>
  );
}
