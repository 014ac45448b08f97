import { render } from 'preact';
import { browserApi, resolveTabId } from '../../components/popup/api';
import { App } from '../../components/popup/App';
import { t } from '../../components/popup/i18n';
import { WorkflowBar } from '../../components/workflow/WorkflowBar';

async function main(root: HTMLElement): Promise<void> {
  // The page's language follows the locale Chrome picked, for fonts and screen readers.
  document.documentElement.lang = t('popup_lang') === 'en' ? 'en' : 'zh-CN';
  document.title = t('popup_name');
  const tabId = await resolveTabId(location.search).catch(() => null);
  render(<App api={tabId === null ? null : browserApi(tabId)} workflow={tabId === null ? null : <WorkflowBar tabId={tabId} />} />, root);
}

const root = document.getElementById('app');
if (root) void main(root);
