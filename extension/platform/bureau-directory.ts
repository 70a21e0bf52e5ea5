/** @file 局の一覧 (bureau directory) in the extension: the edited list from settings, else the default MHLW list. */
import { type Bureau, type DietDb, bureauSchema, defaultBureaus } from '@shared/index';

/** settings key of the directory (same key the add-in writes when it exports settings). */
export const BUREAUS_KEY = 'bureaus';

/** The bureau directory. */
export async function loadBureaus(db: DietDb): Promise<readonly Bureau[]> {
  const stored = (await db.get('settings', BUREAUS_KEY))?.value;
  const parsed = bureauSchema.array().min(1).safeParse(stored);
  return parsed.success ? parsed.data : defaultBureaus;
}
