import { useState } from 'preact/hooks';
import type { Files } from './files';
import { t } from './i18n';

interface Props {
  files: Files;
  onOpen(url: string): Promise<void>;
}

/**
 * 「核查此 PDF」 on a tab that shows a PDF, 「核查附件」 for each report file a notice page links or
 * embeds. A click opens the results page, which fetches the file from the same site.
 */
export function FileOffer({ files, onOpen }: Props) {
  const [busy, setBusy] = useState('');
  const [failure, setFailure] = useState('');
  if (files.offered.length === 0) return null;
  const open = async (url: string) => {
    setBusy(url);
    setFailure('');
    try {
      await onOpen(url);
    } catch (error) {
      setFailure(t('popup_file_open_failed', error instanceof Error ? error.message : String(error)));
    } finally {
      setBusy('');
    }
  };
  return (
    <section class="files" aria-label={t('popup_files_label')}>
      <p class="files__about">{files.tabIsFile ? t('popup_file_tab') : t('popup_files_found', files.offered.length)}</p>
      <ul class="files__list">
        {files.offered.map((file) => (
          <li key={file.url} class="files__item">
            <span class="files__name" title={file.url}>
              <span class="files__kind">{file.kind.toUpperCase()}</span>
              {file.name}
            </span>
            <button type="button" class="primary" disabled={busy !== ''} onClick={() => void open(file.url)}>
              {files.tabIsFile ? t('popup_audit_pdf') : t('popup_audit_attachment')}
            </button>
          </li>
        ))}
      </ul>
      <p class="files__help">{t('popup_files_help')}</p>
      {failure ? (
        <p class="problem" role="alert">
          {failure}
        </p>
      ) : null}
    </section>
  );
}
