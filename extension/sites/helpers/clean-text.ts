/** @file 表示テキストの整形 (cleanText): the text of a cell as a reader sees it. */

/**
 * 整形: turns &nbsp; into a space, collapses runs of ASCII whitespace (the newlines and tabs inside
 * cells) to one space and trims spaces and U+3000 at both ends. U+3000 inside the text is kept.
 * @example cleanText('\n奨学金返還に係る…質問主意書') //=> '奨学金返還に係る…質問主意書'
 */
export function cleanText(text: string | null | undefined): string {
  return (text ?? '')
    .replace(/\u00a0/g, ' ')
    .replace(/[ \t\r\n\f]+/g, ' ')
    .replace(/^[ \u3000]+|[ \u3000]+$/g, '');
}
