/**
 * `value` with its keys in the order `schema` declares them, as the schema's parse would write it,
 * without checking or rebuilding anything beneath: for objects built in another order that are
 * written out as built (a page's export, lib/audit `auditedDocument`). Keys the schema does not
 * declare, and keys left undefined, are dropped, as the parse would drop them.
 */
export function inSchemaOrder<T extends object>(schema: { readonly shape: object }, value: T): T {
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(schema.shape)) {
    const v = (value as Record<string, unknown>)[key];
    if (v !== undefined) out[key] = v;
  }
  return out as T;
}
