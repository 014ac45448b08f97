import type { AuditRecord, Bilingual, BodyRecord, SectionText } from '../model';
import { compareOrgans, innermostPlace, readOrgan, type NameAgreement, type OrganName } from './organ';
import { statements } from './stated';

/** Why two reports were taken to be (or not to be) the same body's, for a person to check and correct. */
export interface Pairing {
  same: boolean;
  reasons: Bilingual[];
  /** Decided by a person (a `Correction`), not by the names. */
  corrected?: true;
}

/** A person's decision that two reports (by `source.url`) are, or are not, the same body's. */
export interface Correction {
  a: string;
  b: string;
  same: boolean;
}

/** The sections `namesOf` reads: the text before the first heading and the template's first section. */
const isOpening = (s: Pick<SectionText, 'number' | 'template'>): boolean => s.number === 0 || s.template === 1;

/** A record's part that pairing reads (`BodyRecord`), and nothing more: what a batch or the history keeps for every report. */
export function bodyOf(record: AuditRecord): BodyRecord {
  const { url, auditedAt } = record.export.source;
  const { organ, year } = record.export.report;
  return {
    export: { source: { url, auditedAt }, report: { organ, year } },
    narrative: record.narrative.filter(isOpening).map(({ number, template, text }) => ({ number, template, text })),
  };
}

interface Named {
  name: OrganName;
  /** Where the name comes from, as a reason names it. */
  from: Bilingual;
}

/** Words that run into a name in 「现公布…」「由…编制」. */
const LEAD_IN = /^.*?(?:现公布|公布|根据|由|是|为|将)/;

/** The names a report gives itself: the organ as read, and a full name its text states for it. */
function namesOf(record: BodyRecord): Named[] {
  const organ = record.export.report.organ;
  const out: Named[] = organ ? [{ name: readOrgan(organ), from: { zh: `机构「${organ}」`, en: `organ "${organ}"` } }] : [];
  const opening = record.narrative.filter(isOpening).map((s) => s.text).join('\n');
  for (const m of statements(opening)) {
    const full = m[1]!.replace(LEAD_IN, '');
    const short = m[2]!;
    const stated = readOrgan(full);
    if (stated.core === '') continue;
    // The statement only speaks for this report's body when its short or full name is the organ's.
    if (organ && compareOrgans(readOrgan(short), readOrgan(organ)) === 'different' && compareOrgans(stated, readOrgan(organ)) === 'different') continue;
    out.push({ name: stated, from: { zh: `报告自述「${full}（以下简称${short}）」`, en: `the report's own words "${full} (hereafter ${short})"` } });
  }
  return out;
}

/** The site a report came from; null for a local file. 「www.」 is the same site. */
export function siteOf(url: string): string | null {
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.hostname.replace(/^www\./, '') : null;
  } catch {
    return null;
  }
}

const RANK: Record<NameAgreement, number> = { same: 2, short: 1, different: 0 };

function bestAgreement(a: Named[], b: Named[]): { agreement: NameAgreement; x?: Named; y?: Named } {
  let best: { agreement: NameAgreement; x?: Named; y?: Named } = { agreement: 'different' };
  for (const x of a) {
    for (const y of b) {
      const agreement = compareOrgans(x.name, y.name);
      if (RANK[agreement] > RANK[best.agreement]) best = { agreement, x, y };
    }
  }
  return best;
}

/**
 * Names of the same kind of body in different places (沭阳县 and 泗阳县发展改革局): never one body's,
 * however a third report links them (「县发改局」 agrees with both), unless a person says so.
 */
function inOtherPlaces(a: Named[], b: Named[]): boolean {
  return bestAgreement(a, b).agreement === 'different' && a.some((x) => x.name.core !== '' && b.some((y) => y.name.core === x.name.core));
}

/** Whether two reports name the same kind of body in different places, which `yearPairs` never pairs without a person's word. */
export const inDifferentPlaces = (a: BodyRecord, b: BodyRecord): boolean => inOtherPlaces(namesOf(a), namesOf(b));

/**
 * Whether two reports are the same body's: by the organ names read into places and name (full and
 * short forms, 人民政府/政府/办公室 wordings, width and spacing), the site each came from, and the
 * names a report states for itself. A name without its places (外冈镇) settles it only on the same
 * site, or between local files a person chose to audit together.
 */
export function sameBody(a: BodyRecord, b: BodyRecord): Pairing {
  return decide(namesOf(a), namesOf(b), siteOf(a.export.source.url), siteOf(b.export.source.url));
}

/** `sa`, `sb`: each report's site (`siteOf`), null for a local file. */
function decide(na: Named[], nb: Named[], sa: string | null, sb: string | null): Pairing {
  if (na.length === 0 || nb.length === 0) {
    return { same: false, reasons: [{ zh: '未能识别机构名称，无法配对', en: 'The organ could not be read, so the reports cannot be paired' }] };
  }
  const { agreement, x, y } = bestAgreement(na, nb);
  if (agreement === 'different') {
    return {
      same: false,
      reasons: [{ zh: `机构名称不同：「${na[0]!.name.raw}」与「${nb[0]!.name.raw}」`, en: `Different organs: "${na[0]!.name.raw}" and "${nb[0]!.name.raw}"` }],
    };
  }
  const names: Bilingual =
    agreement === 'same'
      ? { zh: `名称指同一机关：${x!.from.zh}与${y!.from.zh}`, en: `The names are the same body's: ${x!.from.en} and ${y!.from.en}` }
      : { zh: `名称相符但未写明所在地：${x!.from.zh}与${y!.from.zh}`, en: `The names agree but one leaves out where the body is: ${x!.from.en} and ${y!.from.en}` };
  const site: Bilingual | null =
    sa && sb
      ? sa === sb
        ? { zh: `同一网站 ${sa}`, en: `the same site, ${sa}` }
        : { zh: `网站不同：${sa} 与 ${sb}`, en: `different sites: ${sa} and ${sb}` }
      : !sa && !sb
        ? { zh: '均为一同核查的本地文件', en: 'both local files audited together' }
        : null;
  const reasons = site ? [names, site] : [names];
  const settled = agreement === 'same' || (sa === sb);
  return settled
    ? { same: true, reasons }
    : { same: false, reasons: [...reasons, { zh: '仅凭简称无法确定为同一机关，可人工确认', en: 'A short name alone does not settle it; a person can confirm' }] };
}

const pairKey = (a: string, b: string): string => (a < b ? `${a}\n${b}` : `${b}\n${a}`);

/** The same body's reports, oldest first, and the name that says most about the body. */
export interface BodyGroup<R extends BodyRecord = AuditRecord> {
  organ: string | null;
  records: R[];
}

/** A report and the same body's report of the year before, with why they were paired. */
export interface YearPair<R extends BodyRecord = AuditRecord> {
  current: R;
  previous: R;
  pairing: Pairing;
}

const CONFIRMED: Bilingual = { zh: '已人工确认为同一机关', en: 'Confirmed by a person as the same body' };
const THROUGH: Bilingual = {
  zh: '经同一机关的另一份报告相连（其名称与两者都相符）',
  en: 'Linked through another report whose name agrees with both',
};

const byYear = (a: BodyRecord, b: BodyRecord): number =>
  (a.export.report.year ?? 0) - (b.export.report.year ?? 0) || a.export.source.url.localeCompare(b.export.source.url);

/**
 * Groups reports by body. Only reports with a year are grouped with others; a person's corrections
 * override the names either way (a correction that two are not the same body's holds for that pair,
 * which `yearPairs` never pairs; a third report matching both can still bring them into one group).
 */
export function pairByBody<R extends BodyRecord>(records: readonly R[], corrections: readonly Correction[] = []): BodyGroup<R>[] {
  return grouped(records, corrections).map((members) => {
    const sorted = members.map((m) => m.record);
    // The longest organ name usually carries the places: the most telling one to show.
    const organ = sorted.map((r) => r.export.report.organ).filter((o): o is string => !!o).sort((a, b) => b.length - a.length)[0] ?? null;
    return { organ, records: sorted };
  });
}

/** A report as grouping reads it: its names and site, read once for all the pairs it is tried in. */
interface Member<R> {
  record: R;
  names: Named[];
  url: string;
  site: string | null;
}

/** `value` added to the list `map` keeps under `key`. */
function addTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** The reports sharing a name's core (`all`), by the innermost place of that name (`innermostPlace`; null: `unplaced`). */
interface CoreBucket {
  all: number[];
  unplaced: number[];
  byPlace: Map<string, number[]>;
}

/**
 * Only reports sharing a name's core can be the same body's, unless a person said so; and of those,
 * only reports whose names' innermost places can agree: every county's 发展改革局 in a province's
 * batch need not be compared with every other, only with its own county's and with a name that
 * leaves the county out (县发展改革局, 发改局).
 */
function coreBuckets(named: readonly Member<BodyRecord>[]): Map<string, CoreBucket> {
  const byCore = new Map<string, CoreBucket>();
  named.forEach((n, i) => {
    if (n.record.export.report.year === null) return;
    const placesOf = new Map<string, Set<string | null>>();
    for (const { name } of n.names) placesOf.set(name.core, (placesOf.get(name.core) ?? new Set()).add(innermostPlace(name)));
    for (const [core, places] of placesOf) {
      const bucket: CoreBucket = byCore.get(core) ?? { all: [], unplaced: [], byPlace: new Map() };
      byCore.set(core, bucket);
      bucket.all.push(i);
      for (const place of places) {
        if (place === null) bucket.unplaced.push(i);
        else addTo(bucket.byPlace, place, i);
      }
    }
  });
  return byCore;
}

/** `pairByBody`'s groups, oldest first, of members whose names and sites `yearPairs` reads again. */
function grouped<R extends BodyRecord>(records: readonly R[], corrections: readonly Correction[]): Member<R>[][] {
  const named: Member<R>[] = records.map((r) => ({ record: r, names: namesOf(r), url: r.export.source.url, site: siteOf(r.export.source.url) }));
  const decided = new Map(corrections.map((c) => [pairKey(c.a, c.b), c.same]));
  const parent = named.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  const byCore = coreBuckets(named);
  const join = (i: number, j: number) => {
    // Already one group: deciding again could only join them again.
    if (find(i) === find(j)) return;
    const key = pairKey(named[i]!.url, named[j]!.url);
    const same = decided.get(key) ?? decide(named[i]!.names, named[j]!.names, named[i]!.site, named[j]!.site).same;
    if (same) parent[find(i)] = find(j);
  };
  for (const { all, unplaced, byPlace } of byCore.values()) {
    for (const members of byPlace.values()) for (let x = 0; x < members.length; x++) for (let y = x + 1; y < members.length; y++) join(members[x]!, members[y]!);
    // Each pair with an unplaced member once.
    const done = new Set<number>();
    for (const i of unplaced) {
      done.add(i);
      for (const j of all) if (!done.has(j)) join(i, j);
    }
  }
  const index = new Map(named.map((n, i) => [n.url, i]));
  for (const c of corrections) {
    const [i, j] = [index.get(c.a), index.get(c.b)];
    if (c.same && i !== undefined && j !== undefined) parent[find(i)] = find(j);
  }
  const groups = new Map<number, Member<R>[]>();
  named.forEach((n, i) => addTo(groups, find(i), n));
  return [...groups.values()].map((g) => g.sort((a, b) => byYear(a.record, b.record)));
}

/**
 * Every report whose body's report of the year before is among `records`, with it. Where a body has
 * two candidates for that year, the one from the same site, then the latest audited, then the first by
 * address, is taken (a CLI batch audits every file at one instant: the address decides). A report of
 * the same kind of body in another place is never a candidate (`inDifferentPlaces`), unless a person
 * confirmed the two.
 */
export function yearPairs<R extends BodyRecord>(records: readonly R[], corrections: readonly Correction[] = []): YearPair<R>[] {
  const decided = new Map(corrections.map((c) => [pairKey(c.a, c.b), c.same]));
  return grouped(records, corrections).flatMap((group) => {
    // Each year's reports once, so a large group is not scanned once per report.
    const ofYear = new Map<number, Member<R>[]>();
    for (const m of group) if (m.record.export.report.year !== null) addTo(ofYear, m.record.export.report.year, m);
    return group.flatMap((current): YearPair<R>[] => {
      const year = current.record.export.report.year;
      if (year === null) return [];
      const candidates = (ofYear.get(year - 1) ?? [])
        .filter((m) => {
          const said = decided.get(pairKey(current.url, m.url));
          return said ?? !inOtherPlaces(current.names, m.names);
        })
        .sort((a, b) => Number(b.site === current.site) - Number(a.site === current.site) || b.record.export.source.auditedAt.localeCompare(a.record.export.source.auditedAt));
      const previous = candidates[0];
      if (!previous) return [];
      const pair = { current: current.record, previous: previous.record };
      if (decided.get(pairKey(current.url, previous.url)) === true) return [{ ...pair, pairing: { same: true, corrected: true, reasons: [CONFIRMED] } }];
      // The names each was grouped by, not read again (as `sameBody` would).
      const own = decide(current.names, previous.names, current.site, previous.site);
      // Grouped through a third report (a short name on one site, its full name on another).
      return [{ ...pair, pairing: own.same ? own : { same: true, reasons: [...own.reasons, THROUGH] } }];
    });
  });
}
