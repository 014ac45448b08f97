import type { HistoryEntry, StoredCorrection } from '../../utils/history/entry';
import { pick, t } from '../workflow/i18n';
import { pageUrl } from '../workflow/pages';
import type { YearLinks } from '../../utils/history/years';
import type { HistoryRow } from './rows';

interface Props {
  row: HistoryRow;
  entries: readonly HistoryEntry[];
  links: YearLinks;
  corrections: readonly StoredCorrection[];
  /** Records (or, with null, forgets) that this report and another are the same body's or not. */
  onCorrect(otherUrl: string, same: boolean | null): void;
}

/**
 * This report's predecessor as paired by body and year, with the reasons, and the reviewer's way
 * to correct it: reject the pairing, confirm one the names alone do not settle, or name another.
 */
export function PairingCell({ row, entries, links, corrections, onCorrect }: Props) {
  const link = links.get(row.key);
  const previous = link && entries.find((e) => e.key === link.previous);
  const mine = corrections.filter((c) => c.a === row.url || c.b === row.url);
  const undo = mine.length ? (
    <button type="button" class="wf-link" onClick={() => mine.forEach((c) => onCorrect(c.a === row.url ? c.b : c.a, null))}>
      {t('wf_pair_undo')}
    </button>
  ) : null;

  if (previous && link) {
    const p = previous.record.export;
    const why = link.pairing.reasons.map(pick).join('；');
    return (
      <div class="wf-pair" data-pair={link.pairing.same ? 'same' : 'maybe'}>
        <a href={pageUrl('compare', { key: row.key, previous: previous.key })} title={why} data-testid="compare-link">
          {t('wf_pair_previous', p.report.year ?? '?', p.report.organ ?? t('wf_unknown'))}
        </a>
        <span class="wf-pair__why">{why}</span>
        {link.pairing.same ? (
          link.pairing.corrected ? null : (
            <button type="button" class="wf-link" onClick={() => onCorrect(p.source.url, false)}>
              {t('wf_pair_reject')}
            </button>
          )
        ) : (
          <button type="button" class="wf-link" onClick={() => onCorrect(p.source.url, true)}>
            {t('wf_pair_confirm')}
          </button>
        )}
        {undo}
      </div>
    );
  }
  // No predecessor found: offer the reports of the year before (any body) to name one by hand.
  const candidates = entries.filter((e) => e.key !== row.key && (row.year === null || e.record.export.report.year === row.year - 1));
  return (
    <div class="wf-pair" data-pair="none">
      {candidates.length ? (
        <select
          aria-label={t('wf_pair_choose')}
          value=""
          onChange={(e) => e.currentTarget.value && onCorrect(e.currentTarget.value, true)}
        >
          <option value="">{t('wf_pair_choose')}</option>
          {candidates.map((c) => (
            <option value={c.record.export.source.url}>
              {c.record.export.report.year ?? '?'} {c.record.export.report.organ ?? c.record.export.source.title}
            </option>
          ))}
        </select>
      ) : (
        <span class="wf-faint">{t('wf_pair_none')}</span>
      )}
      {undo}
    </div>
  );
}
