import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { pageLinks } from '../../lib/column/links';
import { isColumnPage, reportLinks } from '../../lib/detect';
import { DEFAULT_PAGE_LIMIT, newBatch } from '../../utils/column/batch';
import { openHistory } from '../../utils/history/db';
import { historyKey } from '../../utils/history/entry';
import { listBodies, listCorrections, saveBatch } from '../../utils/history/store';
import { t } from './i18n';
import { openPage } from './pages';
import { confirmedPreviousKey, yearLinks } from '../../utils/history/years';

/** The most list pages a reviewer may ask for: a column with more is better audited in parts. */
const MAX_PAGE_LIMIT = 100;

interface Offer {
  url: string;
  reports: number;
}

/** The tab's page as markup: read by the pure column predicate here, never by code in the page. */
async function pageMarkup(tabId: number): Promise<{ url: string; html: string } | null> {
  try {
    const [result] = await browser.scripting.executeScript({
      target: { tabId },
      func: () => ({ url: location.href, html: document.documentElement.outerHTML }),
    });
    return (result?.result as { url: string; html: string } | undefined) ?? null;
  } catch {
    return null; // a page we may not script (the browser's own, another extension's)
  }
}

/**
 * The popup's way into the reviewer's workflow: the history, the comparison with last year's
 * report when the history knows it, and, on a column's list page, 「核查本栏目全部年报（N 份）」.
 */
export function WorkflowBar({ tabId }: { tabId: number }) {
  const [offer, setOffer] = useState<Offer | null>(null);
  const [limit, setLimit] = useState(DEFAULT_PAGE_LIMIT);
  const [compare, setCompare] = useState<{ key: string; previous: string } | null>(null);

  useEffect(() => {
    void (async () => {
      const page = await pageMarkup(tabId);
      if (!page) return;
      const doc = new DOMParser().parseFromString(page.html, 'text/html');
      const links = pageLinks(doc, page.url);
      if (isColumnPage(links, page.url)) setOffer({ url: page.url, reports: reportLinks(links, page.url).length });
      const db = await openHistory();
      const [bodies, corrections] = await Promise.all([listBodies(db), listCorrections(db)]);
      const key = historyKey(page.url);
      const previous = confirmedPreviousKey(key, yearLinks(bodies, corrections));
      if (previous !== null) setCompare({ key, previous });
    })();
  }, [tabId]);

  const start = async () => {
    if (!offer) return;
    const db = await openHistory();
    const id = `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
    await saveBatch(db, newBatch(id, offer.url, limit, new Date()));
    await openPage('column', { batch: id, tab: tabId });
    window.close();
  };

  return (
    <nav class="workflow" aria-label={t('wf_popup_nav')}>
      {offer ? (
        <div class="workflow__column">
          <button type="button" class="primary" data-testid="audit-column" onClick={() => void start()}>
            {t('wf_popup_audit_column', offer.reports)}
          </button>
          <label class="workflow__limit">
            {t('wf_popup_page_limit')}
            <input
              type="number"
              min={1}
              max={MAX_PAGE_LIMIT}
              value={limit}
              onInput={(e) => setLimit(Math.min(MAX_PAGE_LIMIT, Math.max(1, Number(e.currentTarget.value) || 1)))}
            />
          </label>
        </div>
      ) : null}
      <div class="workflow__links">
        {compare ? (
          <button type="button" class="link" data-testid="open-compare" onClick={() => void openPage('compare', compare)}>
            {t('wf_popup_compare')}
          </button>
        ) : null}
        <button type="button" class="link" data-testid="open-history" onClick={() => void openPage('history')}>
          {t('wf_popup_history')}
        </button>
      </div>
    </nav>
  );
}
