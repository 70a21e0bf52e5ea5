/** @file 表示される文字 (visibleText): the text of a node as a reader sees it — never the code inside <script> or <style>. */
import { INVISIBLE_TAGS } from './text-lines';

/**
 * 表示テキスト: the text of `node` and its descendants, in document order, skipping <script>, <style>,
 * <noscript> and <template> (whose text `textContent` would include: a script in a title cell must not become
 * part of the 件名).
 * @example visibleText(td) //=> '…に関する質問主意書' for <td>…に関する質問主意書<script>track()</script></td>
 */
export function visibleText(node: Node | null | undefined): string {
  if (!node) return '';
  if (node.nodeType === 3) return (node as Text).data;
  const parts: string[] = [];
  const walk = (parent: Node): void => {
    for (let child = parent.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) parts.push((child as Text).data);
      else if (child.nodeType === 1 && !INVISIBLE_TAGS.has((child as Element).tagName.toUpperCase())) walk(child);
    }
  };
  walk(node);
  return parts.join('');
}
