/** @file 提出者名 (personName): a submitter's name as printed, without the honorific. */
import { cleanText } from './clean-text';

/**
 * 提出者名: trims, collapses the U+3000 padding the 参議院 list uses for alignment
 * (「山添　　　拓君」) to a single U+3000 and drops the trailing 君. '' for an empty cell.
 * @example personName('山本　　太郎君') //=> '山本　太郎'
 */
export function personName(printed: string): string {
  return cleanText(printed).replace(/\u3000{2,}/g, '\u3000').replace(/君$/, '').replace(/[ \u3000]+$/, '');
}
