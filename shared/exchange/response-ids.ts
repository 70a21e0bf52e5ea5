/**
 * @file 回答の記録ID (response ids): the id of a `responses` record, built here and read back only here.
 * `response:${bureau}:${slot}:${assignmentId}` — the assignment id last, because it may contain ':' (a 問
 * label may); the slot is one of a fixed set, so the parser finds it between the bureau and the assignment.
 */
import { type ResponseSlot, progressStages } from './bureau-response';

const SLOTS: readonly ResponseSlot[] = ['decision', ...progressStages];
const RESPONSE_ID = new RegExp(`^response:(.+?):(${SLOTS.join('|')}):(.+)$`);

/**
 * 回答の記録ID.
 * @example responseId('isei', 'decision', 'as-1') //=> 'response:isei:decision:as-1'
 */
export function responseId(bureau: string, slot: ResponseSlot, assignmentId: string): string {
  return `response:${bureau}:${slot}:${assignmentId}`;
}

/**
 * Reads a response id back (a tombstone has only its id). The bureau is the shortest prefix followed by a
 * slot name, so a bureau id never contains `:decision:` or `:started:` (directory ids are plain words).
 * @example parseResponseId('response:isei:drafted:as-1') //=> { bureau: 'isei', slot: 'drafted', assignmentId: 'as-1' }
 */
export function parseResponseId(id: string): { bureau: string; slot: ResponseSlot; assignmentId: string } | undefined {
  const m = RESPONSE_ID.exec(id);
  return m ? { bureau: m[1]!, slot: m[2] as ResponseSlot, assignmentId: m[3]! } : undefined;
}
