/**
 * @file zod の検査結果を日本語に (issuesText): one way to turn a failed zod parse into Japanese text for the user.
 * A schema's own messages are Japanese already (「日付は YYYY-MM-DD 形式です」); zod's built-in ones become
 * Japanese when the parse is given `{ error: japaneseIssues }` (zod's own ja locale, for that parse only — no global
 * zod configuration, so a library's parse elsewhere is untouched).
 */
import { z } from 'zod';
import { clip } from '../text/quote-value';

/** zod's Japanese locale (built-in messages: 「無効な入力: string が期待されましたが、number が入力されました」). */
export const japaneseIssues = z.locales.ja().localeError;

/** How many issues a message lists before 「ほか N 件」. */
const LISTED = 5;

/**
 * Each issue as 「path: message」, 「(全体): message」 for the value itself.
 * @example issueLines(error) //=> ['sittingOn: 日付は YYYY-MM-DD 形式です', 'items: 問が 1 つもありません']
 */
export function issueLines(error: z.ZodError): string[] {
  // Path and text cut to 80 characters each: a message may echo the offending value.
  return error.issues.map((issue) => `${clip(issue.path.map(String).join('.') || '(全体)')}: ${clip(issue.message)}`);
}

/**
 * The issues as one line for a Japanese message: the first five, then 「ほか N 件」.
 * @example throw new ValidationError(messages.invalidRecord('質問通告', issuesText(parsed.error)))
 */
export function issuesText(error: z.ZodError, listed: number = LISTED): string {
  const lines = issueLines(error);
  const shown = lines.slice(0, listed).join(', ');
  return lines.length > listed ? `${shown} ほか ${lines.length - listed} 件` : shown;
}
