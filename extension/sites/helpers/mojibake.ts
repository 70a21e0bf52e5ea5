/**
 * @file 文字化けの検出 (isMojibake): text decoded with the wrong encoding. Two shapes occur on Diet pages:
 * - Shift_JIS bytes read as UTF-8 give U+FFFD (the replacement character).
 * - UTF-8 bytes inside a Shift_JIS page (衆議院) give kanji followed by half-width katakana and the rare kanji
 *   縺 繧 繝 縲 (the Shift_JIS reading of UTF-8's E3 81 / E3 82 / E3 83 / E3 80 lead bytes, i.e. of every
 *   hiragana, katakana and 、。). 「医療」 in UTF-8 read as Shift_JIS is 「蛹ｻ逋ゅ」, 「の」 is 「縺ｮ」.
 * Genuine Diet text has neither: it prints katakana full-width and never uses those four kanji.
 */

/** A kanji directly followed by a half-width katakana (U+FF61–U+FF9F). */
const KANJI_THEN_HALF_WIDTH_KANA = /[\u4e00-\u9fff][\uff61-\uff9f]/;
/** The Shift_JIS readings of UTF-8 lead bytes E3 80–E3 83. */
const UTF8_LEAD_KANJI = /[縺繧繝縲]/g;

/**
 * True when `text` looks mis-decoded: a U+FFFD, a kanji followed by a half-width katakana (even a 3-kanji name
 * 「野間健」 read that way becomes 「驥朱俣蛛･」), or two of the four lead-byte kanji.
 * @example isMojibake('医療提供体制') //=> false
 * @example isMojibake('蛹ｻ逋よ署萓帑ｽ灘宛') //=> true
 */
export function isMojibake(text: string): boolean {
  if (text.includes('\ufffd')) return true;
  return KANJI_THEN_HALF_WIDTH_KANA.test(text) || (text.match(UTF8_LEAD_KANJI)?.length ?? 0) >= 2;
}
