import { render } from 'preact';
import { ColumnApp } from '../../components/column/ColumnApp';
import { setPageLanguage } from '../../components/workflow/i18n';
import '../../components/workflow/workflow.css';
import { openHistory } from '../../utils/history/db';

/** column.html?batch=<id>[&tab=<tab id>]: the batch's progress, then its summary. */
async function main(root: HTMLElement): Promise<void> {
  setPageLanguage(document, 'wf_column_title');
  const params = new URLSearchParams(location.search);
  const tab = params.get('tab');
  render(<ColumnApp db={await openHistory()} batchId={params.get('batch') ?? ''} tabId={tab && /^\d+$/.test(tab) ? Number(tab) : null} />, root);
}

const root = document.getElementById('app');
if (root) void main(root);
