/**
 * @file 語の列 (WordCodec): a column whose cells hold one of a few words (○/×, 転送日/閣議, 衆議院/参議院 …) — the
 * word of each value and the value of each word in one place, so what the board writes, what it reads back
 * and what the dropdown offers cannot drift apart. Pure.
 */
import { type CellValue, cellText } from './cell-value';

/** Value ↔ word of one kind of column. */
export interface WordCodec<V> {
  /** The words, in the order the dropdown offers them. */
  readonly words: readonly string[];
  /** The word written for a value. */
  write(value: V): string;
  /** The value a cell names (its trimmed text); undefined when blank or not one of the words. */
  read(cell: CellValue | undefined): V | undefined;
}

/**
 * A codec from (value, word) pairs; values and words must each be unique.
 * @example wordCodec([[true, '○'], [false, '×']]).read(' × ') //=> false
 */
export function wordCodec<const V extends string | boolean>(pairs: readonly (readonly [V, string])[]): WordCodec<V> {
  const wordOf = new Map<V, string>(pairs);
  const valueOf = new Map<string, V>(pairs.map(([value, word]) => [word, value]));
  if (wordOf.size !== pairs.length || valueOf.size !== pairs.length) throw new Error(`語の対応が重複しています: ${pairs.map((p) => p[1]).join('・')}`);
  return {
    words: pairs.map(([, word]) => word),
    write: (value) => wordOf.get(value)!,
    read: (cell) => valueOf.get(cellText(cell)),
  };
}

/** A codec whose words are a label table's values (Record<value, label>, e.g. houseLabels). */
export function labelCodec<V extends string>(labels: Readonly<Record<V, string>>): WordCodec<V> {
  return wordCodec(Object.entries(labels).map(([value, word]) => [value as V, word as string] as const));
}
