import { render } from 'preact';
import { CompareApp } from '../../components/compare/CompareApp';
import { setPageLanguage } from '../../components/workflow/i18n';
import '../../components/workflow/workflow.css';
import { openHistory } from '../../utils/history/db';

/** compare.html?key=<this year's history key>&previous=<last year's>. */
async function main(root: HTMLElement): Promise<void> {
  setPageLanguage(document, 'wf_compare_title');
  const params = new URLSearchParams(location.search);
  render(<CompareApp db={await openHistory()} currentKey={params.get('key') ?? ''} previousKey={params.get('previous') ?? ''} />, root);
}

const root = document.getElementById('app');
if (root) void main(root);
