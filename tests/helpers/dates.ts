/**
 * @file 日付の書き方 (tests): a date or instant written as a literal in a test goes through the same parser as
 * real input, so a typo in a fixture fails loudly instead of becoming an unbranded string.
 */
import { type IsoDate, type JstInstant, assertIsoDate, parseInstant } from '../../shared/index';

/** @example isoDate('2026-06-08') */
export const isoDate = (text: string): IsoDate => assertIsoDate(text);

/** @example jstInstant('2026-06-08T12:00:00+09:00') */
export const jstInstant = (text: string): JstInstant => parseInstant(text);
