import { toSimplified } from '../parse/hant';

/**
 * A body's name read into what identifies it: the places it sits in (「上海市」「嘉定区」, outermost
 * first; a bare 「县」 when the name leaves the place unsaid) and its own name (「外冈镇」,
 * 「人民政府办公室」, 「发展改革局」).
 */
export interface OrganName {
  /** As written. */
  raw: string;
  places: string[];
  core: string;
}

/** Departments' full and short forms, read to one wording (the short forms sites and signatures use). */
const DEPARTMENT_FORMS: readonly [RegExp, string][] = [
  [/发展和改革|发展改革|发改/, '发展改革'],
  [/人力资源和社会保障|人力资源社会保障|人社/, '人力资源社会保障'],
  [/住房和城乡建设|住房城乡建设|住建/, '住房城乡建设'],
  [/市场监督管理|市场监管/, '市场监督管理'],
  [/卫生健康|卫健/, '卫生健康'],
  [/自然资源和规划/, '自然资源规划'],
  [/农业农村/, '农业农村'],
  [/委员会$/, '委'],
];

/** A government's own office, however it is called (人民政府办公室, 政府办公室, 政府办, 府办). */
const GOVERNMENT_OFFICE = /(?:人民)?政府办(?:公室)?$|府办$/;
/** A government (人民政府, 政府). */
const GOVERNMENT = /(?:人民)?政府$/;
/** A place that names its government on its own: 外冈镇 is 外冈镇人民政府, 拱宸桥街道 its 办事处. */
const PLACE_UNIT = /(?:省|自治区|市|自治州|州|盟|区|县|自治县|旗|镇|乡|街道)$/;
/** One place in front of a body's name: a few characters ending in a unit (上海市, 嘉定区, 赣州经济技术开发区). */
// Not a bare 州: 杭州市 and 赣州经济技术开发区 would split after 杭州 and 赣州.
const LEADING_PLACE = /^(.{1,9}?(?:自治区|自治州|自治县|特别行政区|省|市|区|县|旗|盟))/;
/** A place the name leaves unsaid: 「县发展改革局」, 「区人民政府办公室」. */
const BARE_PLACE = /^(省|市|区|县)(?=.)(?!场)/;

export function readOrgan(raw: string): OrganName {
  let s = toSimplified(raw.normalize('NFKC'))
    .replace(/\s+/g, '')
    .replace(/^[(（【[「](.*)[)）】\]」]$/, '$1')
    // A second name in brackets (挂牌, former name) does not tell bodies apart.
    .replace(/[(（【[][^)）】\]]*[)）】\]]/g, '');
  for (const [pattern, form] of DEPARTMENT_FORMS) s = s.replace(pattern, form);
  if (GOVERNMENT_OFFICE.test(s)) s = s.replace(GOVERNMENT_OFFICE, '人民政府办公室');
  else if (GOVERNMENT.test(s)) s = s.replace(GOVERNMENT, '人民政府');
  s = s.replace(/街道办事处$/, '街道');
  // 外冈镇人民政府 → 外冈镇: the place stands for its government; 某某区人民政府办公室 stays an office.
  if (s.endsWith('人民政府') && PLACE_UNIT.test(s.slice(0, -4))) s = s.slice(0, -4);

  const places: string[] = [];
  for (;;) {
    const m = LEADING_PLACE.exec(s);
    if (!m || m[1]!.length === s.length) break;
    places.push(m[1]!);
    s = s.slice(m[1]!.length);
  }
  const bare = BARE_PLACE.exec(s);
  if (bare && s.length > 1 && !PLACE_UNIT.test(s)) {
    places.push(bare[1]!);
    s = s.slice(1);
  }
  return { raw, places, core: s };
}

const isBare = (place: string): boolean => /^(?:省|市|区|县)$/.test(place);

/** Two places agree when they are the same, or one is a bare 「县」 and the other a 县. */
const placeAgrees = (a: string, b: string): boolean =>
  a === b || (isBare(a) && b.endsWith(a)) || (isBare(b) && a.endsWith(b));

/** Two lists of places agree when the shorter is the longer's innermost part (外冈镇's [] and [上海市, 嘉定区]). */
function placesAgree(a: readonly string[], b: readonly string[]): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  const tail = long.slice(long.length - short.length);
  return short.every((p, i) => placeAgrees(p, tail[i]!));
}

/** The places a name states, not the bare 「县」 of a short form. */
export const namedPlaces = (o: OrganName): string[] => o.places.filter((p) => !isBare(p));

/**
 * The innermost place a name states; null when it states none or leaves it bare (县发展改革局).
 * Two names whose innermost places are both stated and differ are never the same body's (`placesAgree`).
 */
export function innermostPlace(o: OrganName): string | null {
  const place = o.places.at(-1);
  return place === undefined || isBare(place) ? null : place;
}

export type NameAgreement = 'same' | 'short' | 'different';

/**
 * Whether two names can be the same body's: `same` when both name it fully and alike, `short`
 * when they agree but one leaves out the places (外冈镇 / 上海市嘉定区外冈镇人民政府) so the name
 * alone does not settle it, `different` otherwise (某某区人民政府 / 某某区人民政府办公室).
 */
export function compareOrgans(a: OrganName, b: OrganName): NameAgreement {
  if (a.core === '' || a.core !== b.core || !placesAgree(a.places, b.places)) return 'different';
  // Without a place in front, a name can be any of several bodies so called (城关镇, 鼓楼区, 县发展改革局).
  return namedPlaces(a).length > 0 && namedPlaces(b).length > 0 ? 'same' : 'short';
}
