/** 会期の読み取り: the saved 第219回 list's 国会回次 selector → the newest 20 sessions; a changed selector only warns. */
import { describe, expect, it } from 'vitest';
import { builtinSessions, sessionListSchema } from '@shared/index';
import { scrapePage } from '../../../../extension/sites/index';
import { SESSIONS_KEPT, listAsOf, readSessionList, sessionOptions } from '../../../../extension/sites/sangiin/read-session-list';
import site from '../../../../extension/sites/sangiin/question-list';
import { loadPage } from '../../../helpers/load-page';

const [example] = site.examples;

describe('readSessionList on syuisyo219 (2026-07-14)', () => {
  it('its selectors match what they say on the saved pages (196 options on the list, none on the 明細 page; one 現在 line)', () => {
    expect(loadPage(example!.fixture).querySelectorAll(sessionOptions)).toHaveLength(196);
    expect(loadPage('sangiin/m221001.htm').querySelectorAll(sessionOptions)).toHaveLength(0);
    expect(loadPage(example!.fixture).querySelectorAll(listAsOf)).toHaveLength(1);
  });

  it('reads the newest 20 options, 219 down to 198, each a valid 会期 with the page as its source', () => {
    const read = readSessionList(loadPage(example!.fixture), example!.url);
    expect(read.warning).toBeUndefined();
    expect(read.sessions).toHaveLength(SESSIONS_KEPT);
    expect(read.sessions.map((s) => s.number)).toEqual(Array.from({ length: 20 }, (_, i) => 219 - i));
    expect(sessionListSchema.safeParse(read.sessions).success).toBe(true);
    expect(read.sessions[0]).toEqual({
      number: 219, kind: '臨時会', start: '2025-10-21', end: '2025-12-17', extensions: [],
      source: `参議院 質問主意書一覧 (${example!.url}, 令和8年7月14日現在) の国会回次の表示「第219回国会（臨時会）（令和7年10月21日～令和7年12月17日）」`,
    });
    // The shipped 211–219 are exactly what this page says.
    for (const s of builtinSessions.filter((b) => b.number <= 219)) {
      expect(read.sessions.find((r) => r.number === s.number), String(s.number)).toMatchObject({ kind: s.kind, start: s.start, end: s.end });
    }
  });

  it('a page whose selector is gone still captures its questions; the 会期 read only warns, in Japanese', () => {
    const doc = loadPage(example!.fixture);
    doc.querySelector('select[name="kaiji"]')!.remove();
    expect(scrapePage(doc, example!.url)!.questions).toHaveLength(95);
    expect(readSessionList(doc, example!.url)).toEqual({
      sessions: [],
      warning: '会期を読み取れませんでした (国会回次の選択欄が見つかりません)。質問は取り込みました。会期表は既定のもの (設定の会期表) を使います。',
    });
  });

  it('an option in another format is reported and the others are used; all unreadable → nothing, with the reason', () => {
    const doc = loadPage(example!.fixture);
    const options = doc.querySelectorAll('select[name="kaiji"] option');
    options[1]!.textContent = '第218回国会 令和7年8月1日から';
    const read = readSessionList(doc, example!.url);
    expect(read.sessions.map((s) => s.number)).not.toContain(218);
    expect(read.sessions).toHaveLength(19);
    expect(read.warning).toMatch(/^会期の一部を読み取れませんでした \(1 件: 「第218回国会令和7年8月1日から」は/);
    for (const o of options) o.textContent = '回次を選んでください';
    expect(readSessionList(doc, example!.url).warning).toMatch(/^会期を読み取れませんでした \(「回次を選んでください」は/);
  });
});
