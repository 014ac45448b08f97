import { render } from 'preact';
import { browser } from 'wxt/browser';
import { fetchReportFile } from '../../components/results/fetchFile';
import { openPdf, pdfJs, pdfOptions } from '../../components/results/pdfjs';
import { ResultsApp } from '../../components/results/ResultsApp';
import type { ResultsApi } from '../../components/results/useResults';
import { t } from '../../components/popup/i18n';
import { auditPdf } from '../../lib/audit';
import { fileName } from '../../lib/detect';
import { stateOf } from '../../utils/badge';
import { getDismissed, setDismissed } from '../../utils/dismissals';
import type { ToBackground } from '../../utils/protocol';
import { readResultsUrl, type ResultsTarget } from '../../utils/results';

function resultsApi(target: ResultsTarget): ResultsApi {
  return {
    fetchFile: () => fetchReportFile(target),
    async audit(bytes, kind, corrections) {
      const source = { url: target.file, corrections };
      // Timed for `npm run bench` (scripts/bench-browser.ts reads the `gra-audit` measure).
      performance.mark('gra-audit-start');
      try {
        // pdf.js takes the buffer it is given over: each audit reads its own copy.
        if (kind === 'pdf') return await auditPdf(bytes.slice(), source, pdfJs, pdfOptions());
        // The .docx reader (a zip and its XML) loads only when a .docx is opened.
        const { auditDocx } = await import('../../lib/audit/docx');
        return auditDocx(bytes, source);
      } finally {
        performance.measure('gra-audit', 'gra-audit-start');
      }
    },
    publish(audit) {
      if (target.tab === null) return;
      const msg: ToBackground = { ...stateOf(audit), type: 'file-audited', tab: target.tab };
      browser.runtime.sendMessage(msg).catch(() => undefined);
    },
    getDismissed,
    setDismissed,
  };
}

const root = document.getElementById('app');
if (root) {
  document.documentElement.lang = t('popup_lang') === 'en' ? 'en' : 'zh-CN';
  const target = readResultsUrl(location.search);
  if (!target) {
    root.textContent = t('results_no_file');
  } else {
    let name = target.file;
    try {
      name = fileName(target.file) || target.file;
    } catch {
      // an unparsable address: show it as it is
    }
    render(<ResultsApp api={resultsApi(target)} fileUrl={target.file} fileName={name} openPdf={openPdf} />, root);
  }
}
