/** @file 局名の解決 (resolveBureau): the directory entry a cell names, by 局名 or 局ID, ignoring spaces. Pure. */
import type { Bureau } from '@shared/index';

/**
 * The bureau a cell names: by 局名 or 局ID, ignoring spaces. Undefined when unknown.
 * @example resolveBureau('医政局', defaultBureaus)?.id //=> 'isei'
 */
export function resolveBureau(text: string, bureaus: readonly Bureau[]): Bureau | undefined {
  const wanted = text.replace(/[\s\u3000]/g, '');
  if (!wanted) return undefined;
  return bureaus.find((b) => b.name === wanted || b.id === wanted || b.name.replace(/[\s\u3000]/g, '') === wanted);
}
