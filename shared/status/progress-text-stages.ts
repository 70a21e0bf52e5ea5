/**
 * @file 経過状況の文言 (progressTextStages): what the 経過状況 text printed by the 衆議院 (list row and 経過 page)
 * says about a question's stage. Rules are data: the first rule whose words occur in the printed text wins.
 *
 * Source: 衆議院 質問答弁情報, column 「経過状況」 of 質問の一覧 and row 「経過状況」 of the 経過 page. Seen on saved
 * pages (第221回, 2026-07-15 / 2026-08-23): 「答弁受理」 (答弁書 received), 「質問受理」 (question received by the
 * House; transfer to the Cabinet not yet shown on the list). Reported by third-party scrapers: 「転送に至らず」
 * (never transferred to the Cabinet, e.g. the session ended). 「撤回」, 「延期」 and 「内閣転送」 are the wording of the
 * 経過 page's own rows (撤回年月日, 答弁延期…, 内閣転送年月日) and are matched in case the column prints them.
 * Text no rule matches stays opaque: it is shown as printed and gives no stage.
 */

/** 段階 a 経過状況 text can tell without any date. */
export type ProgressStage = 'withdrawn' | 'answered' | 'notTransferred' | 'extended' | 'transferred' | 'received';

/** One rule: the words to look for in the printed text, and the stage they mean. */
export interface ProgressTextRule {
  words: string;
  stage: ProgressStage;
}

/** The rules, most specific first (「転送に至らず」 before 「転送」, 「答弁受理」 before 「受理」). */
export const progressTextRules: readonly ProgressTextRule[] = [
  { words: '撤回', stage: 'withdrawn' },
  { words: '答弁受理', stage: 'answered' },
  { words: '答弁書受領', stage: 'answered' },
  { words: '転送に至らず', stage: 'notTransferred' },
  { words: '延期', stage: 'extended' },
  { words: '転送', stage: 'transferred' },
  { words: '質問受理', stage: 'received' },
];

/** Stages after which the question needs no answer from us (a stage never goes back). */
export const closedStages: ReadonlySet<ProgressStage> = new Set(['withdrawn', 'answered', 'notTransferred']);

/**
 * The stage the printed 経過状況 names, or null for empty or unknown text. Spaces (ASCII and U+3000) are ignored.
 * @example progressStage('答弁受理') //=> 'answered'
 * @example progressStage('審査中') //=> null
 */
export function progressStage(text: string | undefined, rules: readonly ProgressTextRule[] = progressTextRules): ProgressStage | null {
  const t = (text ?? '').replace(/[\s\u3000]/g, '');
  if (t === '') return null;
  return rules.find((r) => t.includes(r.words))?.stage ?? null;
}
