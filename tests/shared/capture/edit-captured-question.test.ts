/** @file editCapturedQuestion: a hand correction of 件名 / 提出者 / 内閣転送日 is marked userEdited and audited with who, when, before and after. */
import { describe, expect, it } from 'vitest';
import { type StoredWrittenQuestion, ValidationError, editCapturedQuestion } from '@shared/index';
import { isoDate, jstInstant } from '../../helpers/dates';

const at = jstInstant('2026-07-16T09:30:00+09:00');
const author = { who: '老健局 山田', at, seq: 2 };
const stored: StoredWrittenQuestion = {
  key: 'shugiin-221-30', kind: 'written', house: 'shugiin', session: 221, number: 30, title: '介護人材の確保に関する質問主意書',
  submitters: ['山田太郎'], submittedOn: isoDate('2026-07-01'), transferredOn: isoDate('2026-07-03'), extensions: [], items: [], answerItems: [],
  provenance: [], userEdited: ['submitters'],
};

describe('editCapturedQuestion', () => {
  it('sets the changed fields, adds them to userEdited and builds one audit event with before and after', () => {
    const edit = editCapturedQuestion(stored, { title: '　介護人材の確保に関する再質問主意書 ', transferredOn: '2026-07-06' }, author);
    expect(edit.fields).toEqual(['title', 'transferredOn']);
    expect(edit.record).toEqual({ ...stored, title: '介護人材の確保に関する再質問主意書', transferredOn: '2026-07-06', userEdited: ['submitters', 'title', 'transferredOn'] });
    expect(edit.event).toEqual({
      id: 'edit:shugiin-221-30:2026-07-16T09:30:00+09:00:2', at, who: '老健局 山田', action: 'edit', recordKey: 'shugiin-221-30',
      before: { title: '介護人材の確保に関する質問主意書', transferredOn: '2026-07-03' },
      after: { title: '介護人材の確保に関する再質問主意書', transferredOn: '2026-07-06' },
    });
    expect(stored.title).toBe('介護人材の確保に関する質問主意書');
  });

  it('reads several 提出者 separated by 「、」, commas or lines, keeping the U+3000 inside a name', () => {
    const edit = editCapturedQuestion(stored, { submitters: '石垣　のりこ、山田太郎,\n 鈴木花子 ' }, author);
    expect(edit.record.submitters).toEqual(['石垣　のりこ', '山田太郎', '鈴木花子']);
    expect(edit.event!.before).toEqual({ submitters: ['山田太郎'] });
  });

  it('clears a wrongly captured 内閣転送日 with an empty date (未確認)', () => {
    const edit = editCapturedQuestion(stored, { transferredOn: '' }, author);
    expect(edit.fields).toEqual(['transferredOn']);
    expect('transferredOn' in edit.record).toBe(false);
    expect(edit.event).toMatchObject({ before: { transferredOn: '2026-07-03' }, after: { transferredOn: undefined } });
  });

  it('writes nothing when the form holds what is stored', () => {
    const edit = editCapturedQuestion(stored, { title: stored.title, submitters: '山田太郎', transferredOn: '2026-07-03' }, author);
    expect(edit).toEqual({ record: stored, fields: [] });
  });

  it('refuses an empty 件名, no 提出者, a non-date, a date before 提出日 and a missing 修正者, all in Japanese', () => {
    const problems = (input: Parameters<typeof editCapturedQuestion>[1], who = author.who) => {
      try {
        editCapturedQuestion(stored, input, { ...author, who });
        return [];
      } catch (error) {
        expect(error).toBeInstanceOf(ValidationError);
        return (error as ValidationError).issues;
      }
    };
    expect(problems({ title: '　', submitters: '、 ,' }, ' ')).toEqual([
      '件名を入力してください。', '提出者を 1 人以上入力してください (複数は「、」で区切ります)。', '修正者の名前を入力してください (監査記録に残ります)。',
    ]);
    expect(problems({ transferredOn: '7月6日' })).toEqual(['内閣転送日「7月6日」は日付 (例: 2026-03-02) として読み取れません。']);
    expect(problems({ transferredOn: '2026-02-30' })).toEqual(['内閣転送日「2026-02-30」は日付 (例: 2026-03-02) として読み取れません。']);
    expect(problems({ transferredOn: '2026-06-30' })).toEqual(['内閣転送日が提出日 (令和8年7月1日) より前になっています。']);
    expect(problems({ title: 'あ'.repeat(301) })).toEqual(['件名は 300 文字以内で入力してください。']);
  });
});
