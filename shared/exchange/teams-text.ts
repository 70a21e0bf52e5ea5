/**
 * @file Teams 用の文字 (teamsText): neutralises Teams markdown in text that came from users or bundles before it
 * goes into an Adaptive Card. Teams renders TextBlock and FactSet text as markdown — links
 * `[再ログイン](https://…)`, emphasis `**` `_`, lists `- ` `1. `, code, headings — autolinks bare URLs and
 * expands `{{DATE(…)}}`. Backslash escapes are not honoured everywhere, so each markdown-significant ASCII
 * character becomes its full-width twin (readable in Japanese text, inert as markdown), line breaks become
 * spaces (no list or heading can start), slashes, domain dots and @ turn full-width (no autolink), and the text is cut to
 * TEAMS_TEXT_MAX_CHARS. Pure.
 */
import { clip } from '../text/quote-value';

/** 上限: a card fact longer than this is cut (Teams truncates long facts anyway). */
export const TEAMS_TEXT_MAX_CHARS = 300;

/** ASCII → full-width for every character Teams markdown or card templating reacts to. */
const FULL_WIDTH: Record<string, string> = {
  '\\': '＼', '*': '＊', _: '＿', '[': '［', ']': '］', '(': '（', ')': '）', '`': '｀', '~': '～', '#': '＃',
  '>': '＞', '<': '＜', '|': '｜', '{': '｛', '}': '｝', '!': '！', '-': '－', '+': '＋', '=': '＝', '&': '＆',
};

/**
 * 無害化: the text as plain characters for a Teams card.
 * @example teamsText('[再ログインしてください](https://evil.example/login)') //=> '［再ログインしてください］（https:／／evil.example／login）'
 */
export function teamsText(value: string): string {
  const flat = clip(value.replace(/[\r\n\u2028\u2029\t]+/g, ' '), TEAMS_TEXT_MAX_CHARS);
  return flat
    .replace(/[\\*_[\]()`~#><|{}!\-+=&]/g, (c) => FULL_WIDTH[c]!)
    .replace(/\//g, '／')
    // Bare domains (www.evil.example) and e-mail addresses are autolinked: break the dots and the @.
    .replace(/([A-Za-z0-9])\.(?=[A-Za-z])/g, '$1．')
    .replace(/@/g, '＠')
    // 「1. 」 at the start would begin a numbered list.
    .replace(/^(\d+)\./, '$1．');
}
