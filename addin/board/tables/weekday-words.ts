/**
 * @file 曜日の語 (weekday words): a 定例日 cell lists weekdays as one kanji each (「水・金」, 「火、木」, 「月 水」) —
 * 0 = 日 … 6 = 土, as the shared 定例日 rules count them. Pure.
 */

const KANJI = ['日', '月', '火', '水', '木', '金', '土'] as const;

/** 「水・金」 for [3, 5]. @example weekdayText([3, 5]) //=> '水・金' */
export function weekdayText(weekdays: readonly number[]): string {
  return [...weekdays].sort((a, b) => a - b).map((d) => KANJI[d] ?? String(d)).join('・');
}

/**
 * The weekdays a cell names, or the characters it could not read. 「曜」「曜日」 after a kanji are allowed
 * (「水曜・金曜日」); separators are ・、,， and spaces.
 * @example readWeekdays('水曜・金') //=> { weekdays: [3, 5], unknown: [] }
 */
export function readWeekdays(text: string): { weekdays: number[]; unknown: string[] } {
  const weekdays: number[] = [];
  const unknown: string[] = [];
  for (const part of text.split(/[・、,，\s\u3000]+/).filter(Boolean)) {
    for (const ch of [...part.replace(/曜日?/g, '')]) {
      const d = KANJI.indexOf(ch as (typeof KANJI)[number]);
      if (d < 0) unknown.push(ch);
      else if (!weekdays.includes(d)) weekdays.push(d);
    }
  }
  return { weekdays: weekdays.sort((a, b) => a - b), unknown };
}
