/**
 * @file 値の引用 (quoteValue): how a message shows an offending value — at most QUOTE_MAX_CHARS characters of
 * it, and its type named in Japanese — so a 10 MB string makes a short message and `{}` reads 「オブジェクト」,
 * never "[object Object]". Pure.
 */

/** 引用の上限 (characters of a value shown in a message). */
export const QUOTE_MAX_CHARS = 80;

/** 型の名前 (Japanese) of a value. @example typeName({}) //=> 'オブジェクト' */
export function typeName(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return '配列';
  switch (typeof value) {
    case 'string': return '文字列';
    case 'number': case 'bigint': return '数値';
    case 'boolean': return '真偽値';
    case 'undefined': return '値なし';
    case 'function': return '関数';
    case 'symbol': return 'シンボル';
    default: return 'オブジェクト';
  }
}

/** At most `max` characters of `text` (whole code points), with 「…」 when cut. */
export function clip(text: string, max: number = QUOTE_MAX_CHARS): string {
  if (text.length <= max) return text;
  let cut = text.slice(0, max);
  // Never leave half of a surrogate pair (an emoji, a rare kanji) at the cut.
  if (/[\ud800-\udbff]$/.test(cut)) cut = cut.slice(0, -1);
  return `${cut}…`;
}

/**
 * 引用: a string as 「text」 (cut to QUOTE_MAX_CHARS, its full length named when cut); a number or boolean
 * with its type (「数値 2」); anything else by its type only (「オブジェクト」「配列 (3 件)」).
 * @example quoteValue('x'.repeat(1e7)) //=> '「xxxx…」(文字列、全 10000000 文字)'
 * @example quoteValue({}) //=> '「オブジェクト」'
 */
export function quoteValue(value: unknown, max: number = QUOTE_MAX_CHARS): string {
  if (typeof value === 'string') {
    // Control characters (a newline in a hostile link) shown as their visible pictures (␊), never raw.
    const shown = clip(value, max).replace(/[\u0000-\u001f\u007f]/g, (c) => String.fromCharCode(c === '\u007f' ? 0x2421 : 0x2400 + c.charCodeAt(0)));
    return value.length > max ? `「${shown}」(文字列、全 ${value.length} 文字)` : `「${shown}」`;
  }
  if (typeof value === 'number' || typeof value === 'bigint' || typeof value === 'boolean') return `「${typeName(value)} ${clip(String(value), max)}」`;
  if (Array.isArray(value)) return `「配列 (${value.length} 件)」`;
  return `「${typeName(value)}」`;
}
