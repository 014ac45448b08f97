import { storage } from '#imports';
import { z } from 'zod';
import { pageKey } from '../lib/column/links';

/** A reviewer's dismissed findings, per page (URL without its fragment), by finding id. */
const Dismissals = z.record(z.string(), z.array(z.string()));

const dismissalsItem = storage.defineItem<Record<string, string[]>>('local:dismissals', {
  fallback: {},
  version: 1,
});

async function readAll(): Promise<Record<string, string[]>> {
  // Storage is shared with every past version of the extension: never trust its shape.
  const parsed = Dismissals.safeParse(await dismissalsItem.getValue());
  return parsed.success ? parsed.data : {};
}

export async function getDismissed(url: string): Promise<string[]> {
  return (await readAll())[pageKey(url)] ?? [];
}

export async function setDismissed(url: string, findingId: string, dismissed: boolean): Promise<string[]> {
  const all = await readAll();
  const key = pageKey(url);
  const ids = new Set(all[key] ?? []);
  if (dismissed) ids.add(findingId);
  else ids.delete(findingId);
  if (ids.size) all[key] = [...ids];
  else delete all[key];
  await dismissalsItem.setValue(all);
  return all[key] ?? [];
}
