/**
 * @file Teams 用の文字の性質 (Teams text properties): seeded hostile text — markdown links, emphasis, lists,
 * code, bare URLs and e-mail addresses, {{…}} templates, line breaks — comes out of teamsText with no ASCII
 * character Teams markdown reacts to, on one line, no longer than the limit, with its letters kept.
 */
import { describe, expect, it } from 'vitest';
import { TEAMS_TEXT_MAX_CHARS, teamsMessage, teamsText } from '@shared/index';
import { jstInstant } from '../helpers/dates';
import { hostileText, rng } from './hostile-values';

const CASES = 2000;

describe('teamsText neutralises Teams markdown', () => {
  it('no markdown character, no line break, no autolink, bounded length; kana and kanji kept', () => {
    const r = rng(801);
    for (let i = 0; i < CASES; i++) {
      const text = hostileText(r, 12);
      const out = teamsText(text);
      expect(out, text).not.toMatch(/[\\*_[\]()`~#<>|{}!\-+=&/@\r\n]/);
      expect(out, text).not.toMatch(/[A-Za-z0-9]\.[A-Za-z]/);
      expect(out.length, text).toBeLessThanOrEqual(TEAMS_TEXT_MAX_CHARS + 1);
      for (const kanji of text.match(/[\u4e00-\u9fff]/g) ?? []) if (text.indexOf(kanji) < TEAMS_TEXT_MAX_CHARS) expect(out, text).toContain(kanji);
    }
  });

  it('every user value in a card is neutralised', () => {
    const r = rng(802);
    for (let i = 0; i < 300; i++) {
      const payload = teamsMessage({
        kind: 'assignment', bureauName: hostileText(r), questionTitle: hostileText(r),
        assignment: {
          id: 'a', questionKey: 'q', itemLabel: hostileText(r), bureau: 'isei', division: hostileText(r), role: '執筆', state: 'proposed',
          proposedAt: jstInstant('2026-06-08T10:00:00+09:00'), by: '', note: '',
        },
      });
      const card = payload.attachments[0]!.content as { body: { text?: string; facts?: { value: string }[] }[] };
      const texts = [card.body[0]!.text!, ...card.body[1]!.facts!.map((f) => f.value)];
      for (const t of texts) expect(t).not.toMatch(/\]\(|https?:\/\/|\*\*|\{\{/);
    }
  });
});
