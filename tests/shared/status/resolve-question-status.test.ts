/**
 * @file resolveQuestionStatus: 状況 from the detail page's dates > the list row (衆議院 経過状況, 参議院 答弁本文 link) > none,
 * with its source; on the saved list pages every row gets a status from the list alone.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  type Provenance, type StatusFacts, type WrittenQuestion, progressStage, questionStatusLabels, resolveQuestionStatus,
} from '@shared/index';
import { isoDate, jstInstant } from '../../helpers/dates';

const SHU = 'https://www.shugiin.go.jp/internet/itdb_shitsumon.nsf/html/shitsumon/';
const SAN = 'https://www.sangiin.go.jp/japanese/joho1/kousei/syuisyo/';

const seen = (sourceUrl: string, adapterId: string): Provenance => ({
  sourceUrl, capturedAt: jstInstant('2026-07-15T10:00:00+09:00'), adapterId, adapterVersion: '1', contentHash: 'h',
});
const facts = (extra: Partial<StatusFacts> = {}): StatusFacts => ({ house: 'shugiin', extensions: [], provenance: [], userEdited: [], ...extra });
const listed = (extra: Partial<StatusFacts> = {}) => facts({ progressUrl: `${SHU}221030.htm`, provenance: [seen(`${SHU}kaiji221_l.htm`, 'shugiin/question-list')], ...extra });
const detailed = (extra: Partial<StatusFacts> = {}) =>
  listed({ provenance: [seen(`${SHU}kaiji221_l.htm`, 'shugiin/question-list'), seen(`${SHU}221030.htm`, 'shugiin/question-progress')], ...extra });

describe('progressStage (経過状況 text rules)', () => {
  it('reads the printed words, most specific first; unknown text stays opaque', () => {
    expect(progressStage('答弁受理')).toBe('answered');
    expect(progressStage('質問受理')).toBe('received');
    expect(progressStage('転送に至らず')).toBe('notTransferred');
    expect(progressStage('内閣転送')).toBe('transferred');
    expect(progressStage('答弁延期')).toBe('extended');
    expect(progressStage('撤回')).toBe('withdrawn');
    expect(progressStage('　答弁 受理 ')).toBe('answered');
    expect(progressStage('審査中')).toBeNull();
    expect(progressStage('')).toBeNull();
    expect(progressStage(undefined)).toBeNull();
  });
});

describe('resolveQuestionStatus', () => {
  it('takes the list 経過状況 when no detail page was read: 答弁受理 is answered (no 「転送待ち」, no deadline to compute)', () => {
    expect(resolveQuestionStatus(listed({ progressText: '答弁受理' }), isoDate('2026-07-15'))).toEqual({
      status: 'answered', label: '答弁済み', source: 'list', sourceLabel: '一覧の経過状況「答弁受理」', open: false, dueOn: null,
    });
  });

  it('a 質問受理 row is open and says why there is no deadline and how to fix it', () => {
    const r = resolveQuestionStatus(listed({ progressText: '質問受理' }), isoDate('2026-07-15'));
    expect(r).toMatchObject({ status: 'received', label: '質問受理', source: 'list', open: true, dueOn: null });
    expect(r.missingDates).toBe('内閣転送日が未確認のため、答弁期限を計算できません。「再取得」で経過ページを取り直すか、「修正」で内閣転送日を入力してください。');
  });

  it('参議院: the list prints no status; an 答弁本文 link means answered; without it nothing is known (明細 named in the advice)', () => {
    const san = (extra: Partial<StatusFacts>) => facts({ house: 'sangiin', progressUrl: `${SAN}221/meisai/m221037.htm`, ...extra });
    expect(resolveQuestionStatus(san({ answerUrl: `${SAN}221/touh/t221037.htm` }), isoDate('2026-07-15')))
      .toMatchObject({ status: 'answered', source: 'list', sourceLabel: '一覧の答弁本文リンク', open: false });
    const none = resolveQuestionStatus(san({}), isoDate('2026-07-15'));
    expect(none).toMatchObject({ status: 'unknown', label: '状況未確認', source: 'none', sourceLabel: 'なし', open: true, dueOn: null });
    expect(none.missingDates).toContain('「再取得」で明細を取り直すか');
  });

  it('the detail page outranks the list: its dates give the status and the 答弁期限', () => {
    const r = resolveQuestionStatus(detailed({ progressText: '質問受理', transferredOn: isoDate('2026-06-08') }), isoDate('2026-06-10'));
    expect(r).toEqual({ status: 'drafting', label: '作成中', source: 'detail', sourceLabel: '経過ページ', open: true, dueOn: isoDate('2026-06-12') });
    expect(resolveQuestionStatus(detailed({ progressText: '質問受理', transferredOn: isoDate('2026-06-08') }), isoDate('2026-06-13')).status).toBe('overdue');
    // A read detail page without a 転送日 really means 転送待ち, and the advice says the page does not show it yet.
    const waiting = resolveQuestionStatus(detailed({ progressText: '質問受理' }), isoDate('2026-06-10'));
    expect(waiting).toMatchObject({ status: 'awaitingTransfer', source: 'detail', open: true, dueOn: null });
    expect(waiting.missingDates).toContain('内閣転送日が経過ページにまだ載っていないため');
  });

  it('a stage never goes back: a list saying 答弁受理 beats an older detail page that still showed the question open', () => {
    const r = resolveQuestionStatus(detailed({ progressText: '答弁受理', transferredOn: isoDate('2026-06-08') }), isoDate('2026-06-20'));
    expect(r).toMatchObject({ status: 'answered', source: 'list', sourceLabel: '経過ページの経過状況「答弁受理」', open: false });
  });

  it('a 内閣転送日 typed with 「修正」 is the source of the deadline', () => {
    const r = resolveQuestionStatus(listed({ progressText: '質問受理', transferredOn: isoDate('2026-06-08'), userEdited: ['transferredOn'] }), isoDate('2026-06-10'));
    expect(r).toMatchObject({ status: 'drafting', source: 'edit', sourceLabel: '手修正 (内閣転送日)', dueOn: isoDate('2026-06-12') });
    expect(r.missingDates).toBeUndefined();
  });

  it('an answer page alone (答弁書受領日) is a dated source too', () => {
    expect(resolveQuestionStatus(facts({ answeredOn: isoDate('2026-03-06') }), isoDate('2026-07-15')))
      .toMatchObject({ status: 'answered', source: 'detail', sourceLabel: '取り込んだページの日付', open: false });
  });

  it('every label it can give is one of the 状況 labels', () => {
    for (const text of ['答弁受理', '質問受理', '転送に至らず', '内閣転送', '答弁延期', '撤回', '']) {
      const r = resolveQuestionStatus(listed({ progressText: text }), isoDate('2026-07-15'));
      expect(Object.values(questionStatusLabels)).toContain(r.label);
    }
  });
});

describe('status from the saved list pages alone (no detail page read)', () => {
  const expected = (fixture: string) =>
    JSON.parse(readFileSync(join(import.meta.dirname, '../../fixtures/pages', fixture), 'utf8')) as { questions: (Partial<WrittenQuestion> & StatusFacts)[]; provenance: { sourceUrl: string; adapterId: string } };

  const tally = (fixture: string) => {
    const page = expected(fixture);
    const counts: Record<string, number> = {};
    for (const q of page.questions) {
      const r = resolveQuestionStatus({ ...q, extensions: [], userEdited: [], provenance: [seen(page.provenance.sourceUrl, page.provenance.adapterId)] }, isoDate('2026-07-15'));
      counts[`${r.label}/${r.source}`] = (counts[`${r.label}/${r.source}`] ?? 0) + 1;
    }
    return counts;
  };

  it('衆議院 第221回 (36 rows): 29 答弁受理 → 答弁済み, 7 質問受理 → 質問受理, all from the list', () => {
    expect(tally('shugiin/kaiji221_l.2026-07-15.expected.json')).toEqual({ '答弁済み/list': 29, '質問受理/list': 7 });
  });

  it('参議院 第219回 (95 questions): every row links its 答弁本文 → 答弁済み from the list', () => {
    expect(tally('sangiin/syuisyo219.2026-07-14.expected.json')).toEqual({ '答弁済み/list': 95 });
  });
});
