import { useState } from 'preact/hooks';
import type { AuditExport } from '../../lib/model';
import { auditCsv, auditJson, saveFile } from './exporting';
import { exportFileName } from './filename';
import { t } from './i18n';

interface Props {
  /** The audit as shown: dismissals applied. Exports never differ from what the reviewer sees. */
  audit: AuditExport;
  /** Injected for tests; the popup's own clipboard otherwise. */
  writeClipboard?: (text: string) => Promise<void>;
}

export function ExportBar({ audit, writeClipboard }: Props) {
  const [note, setNote] = useState('');
  const save = (ext: 'json' | 'csv') => {
    const name = exportFileName(audit.report, ext, t('popup_file_suffix'));
    if (ext === 'json') saveFile(document, name, auditJson(audit), 'application/json');
    else saveFile(document, name, auditCsv(audit), 'text/csv;charset=utf-8');
    setNote(t('popup_saved', name));
  };
  const copy = async () => {
    try {
      await (writeClipboard ?? ((text: string) => navigator.clipboard.writeText(text)))(auditJson(audit));
      setNote(t('popup_copied'));
    } catch {
      setNote(t('popup_copy_failed'));
    }
  };
  return (
    <footer class="exportbar">
      <div class="exportbar__buttons">
        <button type="button" onClick={() => save('json')}>
          {t('popup_export_json')}
        </button>
        <button type="button" onClick={() => save('csv')}>
          {t('popup_export_csv')}
        </button>
        <button type="button" onClick={copy}>
          {t('popup_copy_json')}
        </button>
      </div>
      <p class="exportbar__note" role="status">
        {note}
      </p>
    </footer>
  );
}
