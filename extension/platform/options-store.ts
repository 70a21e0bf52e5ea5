/** @file 設定の保存 (options store): reads and writes ExtensionOptions in chrome.storage.local. */
import { browser } from 'wxt/browser';
import { type ExtensionOptions, extensionOptionsSchema } from './extension-options';

/** storage key. */
export const OPTIONS_KEY = 'options';

/** Current options (defaults when nothing valid is stored). */
export async function loadOptions(): Promise<ExtensionOptions> {
  const stored = (await browser.storage.local.get(OPTIONS_KEY))[OPTIONS_KEY];
  const parsed = extensionOptionsSchema.safeParse(stored ?? {});
  return parsed.success ? parsed.data : extensionOptionsSchema.parse({});
}

/** Validates and saves; throws the zod error (Japanese messages) when invalid. */
export async function saveOptions(options: ExtensionOptions): Promise<ExtensionOptions> {
  const valid = extensionOptionsSchema.parse(options);
  await browser.storage.local.set({ [OPTIONS_KEY]: valid });
  return valid;
}
