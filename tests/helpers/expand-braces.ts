/** @file 波括弧の展開 (expandBraces): the paths a documented `{a,b}` pattern stands for, for the meta-tests of the docs. */

/**
 * Expands every `{a,b}` group of a documented path into the paths it stands for.
 * @example expandBraces('extension/entrypoints/{shugiin,sangiin}.content.ts') //=> ['extension/entrypoints/shugiin.content.ts', 'extension/entrypoints/sangiin.content.ts']
 */
export function expandBraces(path: string): string[] {
  const m = /\{([^}]+)\}/.exec(path);
  if (!m) return [path];
  return m[1]!.split(',').flatMap((part) => expandBraces(path.replace(m[0], part)));
}
