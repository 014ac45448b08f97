import type { Bilingual } from '../model';
import { RULES, XYEAR_RULES } from './index';

/**
 * A rule's words by its ID, for every surface that names a rule (popup, overlay, CLI, CSV): the
 * title and help live once, in the rule's own data. An ID the catalogue does not know (an export
 * from a newer version) is shown as itself rather than hidden.
 */
const BY_ID = new Map<string, { title: Bilingual; help: Bilingual; formula?: Bilingual }>([...RULES, ...XYEAR_RULES].map((r) => [r.id, r]));

export const ruleTitle = (id: string): Bilingual => BY_ID.get(id)?.title ?? { zh: id, en: id };
export const ruleHelp = (id: string): Bilingual | null => BY_ID.get(id)?.help ?? null;
/** The rule as a formula, for the rules that are one; null for the others. */
export const ruleFormula = (id: string): Bilingual | null => BY_ID.get(id)?.formula ?? null;
