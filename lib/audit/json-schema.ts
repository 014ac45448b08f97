import { z } from 'zod';
import { AuditExport } from '../model';

/** The export's JSON Schema, generated from the zod schema so the two cannot drift. */
export function exportJsonSchema(): Record<string, unknown> {
  return {
    title: 'gov-report-audit export (年报核查导出)',
    ...z.toJSONSchema(AuditExport, { target: 'draft-2020-12' }),
  };
}
