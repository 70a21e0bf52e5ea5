/** @file 質問コード (questionCode): the 回次 + 番号 part of a Diet page file name, as the sites spell it. */

/**
 * 回次 3 桁 + 番号 3 桁以上, zero-padded: 「221001」 for 第221回 第1号, 「2211000」 for 第1000号 (sessions with
 * 1,000 or more questions print four digits — the pattern is the padding, not a fixed width).
 * @example questionCode(221, 1) //=> '221001'
 * @example questionCode(221, 1000) //=> '2211000'
 */
export function questionCode(session: number, number: number): string {
  return `${String(session).padStart(3, '0')}${String(number).padStart(3, '0')}`;
}

/** The file-name digits of a question page in a URL: 3-digit 回次 then a 3- or 4-digit 番号. */
export const QUESTION_CODE_DIGITS = '\\d{6,7}';
