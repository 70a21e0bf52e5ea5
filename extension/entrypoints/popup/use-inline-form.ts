/**
 * @file 行の中のフォーム (useInlineForm): which row's inline form is open (「修正」, 「回答」), and — for the keyboard —
 * the focus back on the button that opened it when the form closes. A layout effect: the focus moves in the same
 * turn as the form disappears, never leaving it on nothing (WCAG 2.4.3).
 */
import { useLayoutEffect, useRef, useState } from 'preact/hooks';

/**
 * `attribute` names the data attribute that carries a row's key on its opening button (`data-edit`, `data-answer`).
 * @example const { open, setOpen, close, list } = useInlineForm('answer'); … <button data-answer={key} onClick={() => setOpen(key)}>
 */
export function useInlineForm(attribute: string) {
  const [open, setOpen] = useState<string | null>(null);
  const closed = useRef<string | null>(null);
  const list = useRef<HTMLUListElement>(null);
  useLayoutEffect(() => {
    if (open !== null || closed.current === null) return;
    const key = closed.current;
    [...(list.current?.querySelectorAll<HTMLElement>(`[data-${attribute}]`) ?? [])].find((b) => b.dataset[attribute] === key)?.focus();
    closed.current = null;
  }, [open]);
  const close = (key: string) => { closed.current = key; setOpen(null); };
  return { open, setOpen, close, list };
}
