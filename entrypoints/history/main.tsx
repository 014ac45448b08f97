import { render } from 'preact';
import { HistoryApp } from '../../components/history/HistoryApp';
import { setPageLanguage } from '../../components/workflow/i18n';
import '../../components/workflow/workflow.css';
import { openHistory } from '../../utils/history/db';

async function main(root: HTMLElement): Promise<void> {
  setPageLanguage(document, 'wf_history_title');
  render(<HistoryApp db={await openHistory()} />, root);
}

const root = document.getElementById('app');
if (root) void main(root);
