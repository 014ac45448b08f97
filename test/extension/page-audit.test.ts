/**
 * The background's audit of a page the audit script read (utils/page-audit): the same export as
 * the audit of the document itself, with the reviewer's dismissals from storage and each finding
 * the overlay draws described for its tooltip.
 */
import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { decode, toDocument } from '../../cli/load';
import { auditDocument } from '../../lib/audit';
import { AuditExport } from '../../lib/model';
import { readSnapshot } from '../../lib/snapshot/read';
import { setDismissed } from '../../utils/dismissals';
import { stateOf } from '../../utils/badge';
import { auditPageSnapshot, unreadablePage } from '../../utils/page-audit';
import { ToBackground } from '../../utils/protocol';
import { useLocale } from '../popup/support';
import { corpusDir } from '../support/paths';

const url = 'http://www.shuyang.gov.cn/syfgj/2023.html';
const at = '2024-01-20T00:00:00.000Z';
const doc = toDocument(decode(readFileSync(join(corpusDir, 'shuyang-fgj-2023.html'))));
// As the audit script sends it: serialised, and validated on arrival.
const message = ToBackground.parse(JSON.parse(JSON.stringify({ type: 'audit-page', url, at, snapshot: readSnapshot(doc).snapshot, corrections: [] })));
if (message.type !== 'audit-page') throw new Error('not a page');

describe('the background audits a page the audit script read', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    useLocale('zh_CN');
  });

  it('into the export the document audits to, each finding described in the UI language', async () => {
    const { audit, texts } = await auditPageSnapshot(message);
    // The page's title as the browser shows it, as the audit script always gave.
    // Checked as the popup checks it, it is the (checked) export of the document.
    expect(JSON.stringify(AuditExport.parse(audit))).toBe(JSON.stringify(auditDocument(doc, { url, title: doc.title, at: new Date(at) })));
    expect(audit.findings.length).toBeGreaterThan(0);
    for (const f of audit.findings) expect(texts[f.id]).toMatchObject({ id: f.id, rule: f.rule, message: f.message.zh });
    expect(texts[audit.findings[0]!.id]!.heading).toMatch(/ · (错误|警告|待复核|提示)$/);
  });

  it('with the reviewer’s dismissals: marked, not counted, not described', async () => {
    const first = await auditPageSnapshot(message);
    const gone = first.audit.findings.find((f) => f.severity === 'warning')!;
    await setDismissed(url, gone.id, true);
    const { audit, texts } = await auditPageSnapshot(message);
    expect(audit.findings.find((f) => f.id === gone.id)?.dismissed).toBe(true);
    expect(texts[gone.id]).toBeUndefined();
    expect(stateOf(audit).warnings).toBe(stateOf(first.audit).warnings - 1);
  });

  it('says a page read it cannot take could not be read, rather than nothing', () => {
    const absurd = { ...message, snapshot: { ...message.snapshot, tables: [{ layout: false, groups: [[[['x', 5000, 1]]]] }] } };
    expect(ToBackground.safeParse(absurd).success).toBe(false);
    const answer = unreadablePage(absurd);
    expect(answer?.audit.verdict.status).toBe('unreadable');
    expect(answer?.audit.verdict.reason?.zh).toContain('未能读取');
    expect(answer?.audit.source.url).toBe(url);
    expect(stateOf(answer!.audit).status).toBe('unreadable');
    expect(unreadablePage({ type: 'report-detected' })).toBeNull();
  });
});
