/**
 * @file 通告文からの推定 (guessNoticeFields): pre-fills the clip form with the house and committee when the
 * notice text names them (「衆議院厚生労働委員会　質問通告」). The user confirms or corrects. Pure.
 */
import type { House } from '../model/primitives';

/**
 * House when exactly one is named; the first 「…委員会」 (or 本会議) without the house prefix.
 * @example guessNoticeFields('衆議院厚生労働委員会　質問通告') //=> { house: 'shugiin', committee: '厚生労働委員会' }
 */
export function guessNoticeFields(text: string): { house?: House; committee?: string } {
  const shu = text.includes('衆議院');
  const san = text.includes('参議院');
  const house: House | undefined = shu && !san ? 'shugiin' : san && !shu ? 'sangiin' : undefined;
  const committee = /(?:衆議院|参議院)?[\s\u3000]*([^\s\u3000、。「」()（）・:：]{1,20}?(?:委員会|本会議))/.exec(text)?.[1];
  return { ...(house ? { house } : {}), ...(committee ? { committee } : {}) };
}
