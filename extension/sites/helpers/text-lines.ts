/** @file 本文の行 (textLines): the printed lines of loose HTML text separated by <BR> and blocks. */

/** The line that stands for an <HR> rule. */
export const RULE_LINE = '\u0000HR';

const BLOCK = new Set(['DIV', 'P', 'TABLE', 'TR', 'TD', 'TH', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'UL', 'OL', 'LI', 'CAPTION', 'FORM', 'CENTER', 'BLOCKQUOTE', 'PRE']);
/** Elements whose text is never shown: their content is code, not page text. */
export const INVISIBLE_TAGS: ReadonlySet<string> = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE']);

/**
 * 行: walks `root` in document order and returns its text as lines, breaking at <BR>, at block
 * elements and at source newlines (Diet pages print one paragraph per source line). An <HR> yields
 * RULE_LINE. After the first <HR>, traversal stops at the first element for which `stopAfterRule`
 * is true (the trailing navigation). Lines are trimmed of ASCII whitespace only, so the U+3000
 * paragraph indent survives; blank lines are kept for the caller to drop.
 * @example textLines(td) //=> ['質問第九五号', '', '国光あやの…質問主意書', …]
 */
export function textLines(root: Node, stopAfterRule?: (el: Element) => boolean): string[] {
  const parts: string[] = [];
  let afterRule = false;
  let stopped = false;
  const walk = (node: Node): void => {
    for (let child = node.firstChild; child && !stopped; child = child.nextSibling) {
      if (child.nodeType === 3) { parts.push((child as Text).data); continue; }
      if (child.nodeType !== 1) continue;
      const el = child as Element;
      const tag = el.tagName.toUpperCase();
      if (INVISIBLE_TAGS.has(tag)) continue;
      if (afterRule && stopAfterRule?.(el)) { stopped = true; return; }
      if (tag === 'BR') { parts.push('\n'); continue; }
      if (tag === 'HR') { parts.push(`\n${RULE_LINE}\n`); afterRule = true; continue; }
      const block = BLOCK.has(tag);
      if (block) parts.push('\n');
      walk(el);
      if (block) parts.push('\n');
    }
  };
  walk(root);
  return parts.join('').replace(/\u00a0/g, ' ').split(/\r\n|\r|\n/).map((l) => l.replace(/^[ \t\f]+|[ \t\f]+$/g, ''));
}
