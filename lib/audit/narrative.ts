import type { SectionText } from '../model';
import { sectionBodies } from '../parse/sections';
import { templateSection } from '../rules/sections';

/** The parsed narrative (lines joined by "\n") by section, each named by the template section it is. */
export function narrativeOf(narrative: string): SectionText[] {
  return sectionBodies(narrative.split('\n')).map((s) => {
    const index = s.number > 0 ? templateSection(s.title) : null;
    return { ...s, template: index === null ? null : index + 1 };
  });
}
