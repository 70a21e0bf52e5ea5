// @vitest-environment happy-dom
/**
 * @file ポップアップのカード: 院・号 and 提出者 on every card, the filter (自局 / 全部 / 答弁作成中 / 期限超過) and the
 * search (件名, 提出者, 問の文), the 回答 form (受諾・異議 with its reason・進捗, 取消) with the focus back on 「回答」,
 * the morning digest, the conflict list, the report buttons and the feed's 「アクセスを許可」.
 */
import { act } from 'preact/test-utils';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, describe, expect, it } from 'vitest';
import { type DietDb, applyBundle, defaultBureaus, emptyBundle, openDietDb } from '@shared/index';
import { type PopupData, popupData } from '../../../extension/background/feed-popup-data';
import { DIGEST_KEY } from '../../../extension/background/popup-extras';
import { mountPopup } from './mount-popup';
import { bureauBundle } from '../../shared/exchange/bureau-fixture';
import { fakeAssignmentRecord } from '../../shared/exchange/fake-bundle';
import { isoDate, jstInstant } from '../../helpers/dates';

const now = jstInstant('2026-06-09T11:00:00+09:00');

async function dataFor(extra: (db: DietDb) => Promise<void> = async () => {}, options: { reportUrl?: string } = {}): Promise<PopupData> {
  const db = await openDietDb(`cards-${Math.random()}`, new IDBFactory());
  await applyBundle(db, bureauBundle());
  await db.put('settings', { key: DIGEST_KEY, value: { on: '2026-06-09', entries: {} } });
  await extra(db);
  return popupData(db, defaultBureaus, { bureauId: 'isei', feedUrl: 'https://intra.example.go.jp/feed.json', ...options }, now);
}

function mount(data: PopupData) {
  const { root, actions } = mountPopup(data);
  const click = (el: Element | undefined | null) => act(() => (el as HTMLElement).click());
  const button = (text: string, scope: ParentNode = root) => [...scope.querySelectorAll('button')].find((b) => b.textContent === text);
  const type = (el: HTMLInputElement | HTMLSelectElement, value: string) => act(() => {
    el.value = value;
    el.dispatchEvent(new Event(el.tagName === 'SELECT' ? 'change' : 'input'));
  });
  const cards = () => [...root.querySelectorAll('section[aria-label="自局の問"] li, section[aria-label="問の一覧"] li')].map((li) => li.querySelector('.member')?.textContent);
  return { root, actions, click, button, type, cards };
}

afterEach(() => document.body.replaceChildren());

describe('popup cards', () => {
  it('shows 院・号 and 提出者 on every 問 card', async () => {
    const { root } = mount(await dataFor());
    const members = [...root.querySelectorAll('section[aria-label="自局の問"] .member')].map((m) => m.textContent);
    expect(members).toEqual(['参議院 第221回 第37号 ・提出者 山田太郎', '参議院 第221回 第37号 ・提出者 山田太郎']);
  });

  it('filters 自局 / 全部 / 期限超過 as one radio group, and 全部 names the other bureau on its cards', async () => {
    const { root, cards } = mount(await dataFor(async (db) => {
      const b = emptyBundle('addin', now, 4);
      b.records.milestones.push({ id: 'm-3', rev: 1, updatedAt: now, updatedBy: '', deleted: false, data: { questionKey: 'sangiin-221-37', itemLabel: '三', kind: 'draft', label: '原案', dueAt: jstInstant('2026-06-09T10:30:00+09:00') } });
      await applyBundle(db, b);
    }));
    const radios = [...root.querySelectorAll<HTMLInputElement>('fieldset.filter input[type=radio]')];
    expect(radios.map((r) => r.parentElement!.textContent)).toEqual(['自局', '全部', '答弁作成中', '期限超過']);
    expect(radios[0]!.checked).toBe(true);
    act(() => radios[1]!.click());
    expect(root.querySelector('section[aria-label="問の一覧"] h2')!.textContent).toMatch(/^全局の問 \(3 件\)/);
    expect(cards()).toContain('参議院 第221回 第37号 ・提出者 山田太郎 ・保険局');
    act(() => radios[3]!.click());
    expect(root.querySelector('section[aria-label="問の一覧"] h2')!.textContent).toMatch(/^期限超過の問 \(1 件\)/);
    expect(cards()).toEqual(['参議院 第221回 第37号 ・提出者 山田太郎 ・保険局']);
  });

  it('答弁作成中 leaves out a 問 whose 局長了 is recorded', async () => {
    const { root } = mount(await dataFor(async (db) => {
      const b = emptyBundle('report:isei:x', now, 1);
      b.records.responses.push({
        id: 'response:isei:directorApproved:as-1', rev: 1, updatedAt: now, updatedBy: '田中', deleted: false,
        data: { type: 'progress', stage: 'directorApproved', assignmentId: 'as-1', questionKey: 'sangiin-221-37', itemLabel: '一', bureau: 'isei', at: now, by: '田中' },
      });
      await applyBundle(db, b);
    }));
    act(() => root.querySelectorAll<HTMLInputElement>('fieldset.filter input')[2]!.click());
    const labels = [...root.querySelectorAll('section[aria-label="問の一覧"] li .label')].map((l) => l.textContent);
    expect(labels).toEqual(['二', '三']);
  });

  it('searches 件名, 提出者 and 問の文, full-width and half-width alike; every word must match', async () => {
    const { root, type, cards } = mount(await dataFor(async (db) => {
      const b = emptyBundle('addin', now, 5);
      b.records.questions.push({
        id: 'sangiin-221-40', rev: 1, updatedAt: now, updatedBy: '', deleted: false,
        data: { kind: 'written', house: 'sangiin', session: 221, number: 40, title: 'ＡＩ医療機器に関する質問主意書', submitters: ['佐藤花子'], extensions: [], items: [], answerItems: [], provenance: [], userEdited: [] },
      });
      b.records.items.push({ id: 'sangiin-221-40#一', rev: 1, updatedAt: now, updatedBy: '', deleted: false, data: { questionKey: 'sangiin-221-40', label: '一', text: '承認審査の期間について' } });
      b.records.assignments.push(fakeAssignmentRecord('as-40', 1, { questionKey: 'sangiin-221-40', itemLabel: '一', bureau: 'isei' }));
      await applyBundle(db, b);
    }));
    const search = root.querySelector<HTMLInputElement>('input[type=search]')!;
    expect(search.getAttribute('aria-label')).toBe('件名・提出者・問の文で検索');
    expect(cards()).toHaveLength(3);
    type(search, 'ai医療');
    expect(cards()).toEqual(['参議院 第221回 第40号 ・提出者 佐藤花子']);
    type(search, '佐藤');
    expect(cards()).toHaveLength(1);
    type(search, '審査の期間');
    expect(cards()).toHaveLength(1);
    type(search, '審査 山田');
    expect(root.textContent).toContain('条件に合う問はありません。');
  });

  it('「回答」 opens the form: 受諾 sends the assignment, time and who; the focus returns to 「回答」 when it closes', async () => {
    const { root, actions, click, button } = mount(await dataFor(async (db) => {
      await db.put('settings', { key: 'capture:editor', value: '医政局 田中' });
    }));
    const open = root.querySelector<HTMLButtonElement>('button[data-answer="as-1"]')!;
    expect(open.getAttribute('aria-label')).toBe('問一 (参議院 第221回 第37号) に回答');
    click(open);
    const form = root.querySelector<HTMLFormElement>('form[aria-label="問一 への回答"]')!;
    expect([...form.querySelectorAll('input')].map((i) => i.value)).toEqual(['医政局 田中', '2026-06-09T11:00']);
    await act(async () => {
      button('受諾', form)!.click();
      await new Promise((done) => setTimeout(done, 0));
    });
    expect(actions.onRespond).toHaveBeenCalledWith({ answer: 'accept', assignmentId: 'as-1', at: '2026-06-09T11:00', by: '医政局 田中' });
    expect(root.querySelector('form.respond')).toBeNull();
    expect(document.activeElement).toBe(root.querySelector('button[data-answer="as-1"]'));
  });

  it('異議 asks for the other bureau, then sends it; a refusal stays in the form', async () => {
    const { root, actions, click, button, type } = mount(await dataFor());
    click(root.querySelector('button[data-answer="as-2"]'));
    const form = root.querySelector<HTMLFormElement>('form.respond')!;
    click(button('異議を送る', form));
    expect(form.querySelector('[role=alert]')!.textContent).toBe('異議の理由の局を選んでください。');
    type(form.querySelector<HTMLInputElement>('input')!, '');
    click(button('受諾', form));
    expect(form.querySelector('[role=alert]')!.textContent).toBe('担当者を入力してください。');
    type(form.querySelector<HTMLInputElement>('input')!, '鈴木');
    expect(actions.onRespond).not.toHaveBeenCalled();
    const bureauSelect = [...form.querySelectorAll('select')][1]!;
    expect([...bureauSelect.options].map((o) => o.textContent)).not.toContain('医政局');
    type(bureauSelect, 'hoken');
    actions.onRespond.mockRejectedValueOnce(new Error('割振りが見つかりません (取り消された可能性があります)。'));
    await act(async () => {
      button('異議を送る', form)!.click();
      await new Promise((done) => setTimeout(done, 0));
    });
    expect(actions.onRespond).toHaveBeenCalledWith(expect.objectContaining({ answer: 'objection', reason: { kind: 'otherBureau', bureau: 'hoken' }, assignmentId: 'as-2' }));
    expect(form.querySelector('[role=alert]')!.textContent).toBe('割振りが見つかりません (取り消された可能性があります)。');
    type(form.querySelectorAll('select')[0]!, 'otherMinistry');
    type(form.querySelector<HTMLInputElement>('fieldset input')!, '文部科学省');
    await act(async () => {
      button('異議を送る', form)!.click();
      await new Promise((done) => setTimeout(done, 0));
    });
    expect(actions.onRespond).toHaveBeenLastCalledWith(expect.objectContaining({ reason: { kind: 'otherMinistry', ministry: '文部科学省' } }));
  });

  it('shows recorded responses on the card and offers 取消 for each in the form', async () => {
    const { root, actions, click } = mount(await dataFor(async (db) => {
      const b = emptyBundle('report:isei:x', now, 1);
      b.records.responses.push({
        id: 'response:isei:decision:as-2', rev: 1, updatedAt: now, updatedBy: '鈴木', deleted: false,
        data: { type: 'objection', reason: { kind: 'otherBureau', bureau: 'hoken' }, assignmentId: 'as-2', questionKey: 'sangiin-221-37', itemLabel: '二', bureau: 'isei', at: jstInstant('2026-06-09T10:05:00+09:00'), by: '鈴木' },
      });
      await applyBundle(db, b);
    }));
    const card = root.querySelector('.responses.objected')!;
    expect(card.textContent).toBe('異議 (他局: 保険局) 6/9(火) 10:05 鈴木');
    click(root.querySelector('button[data-answer="as-2"]'));
    const undo = root.querySelector<HTMLButtonElement>('button[aria-label="異議 (他局: 保険局) 6/9(火) 10:05 鈴木 を取り消す"]')!;
    await act(async () => {
      undo.click();
      await new Promise((done) => setTimeout(done, 0));
    });
    expect(actions.onRetract).toHaveBeenCalledWith('response:isei:decision:as-2', '');
  });

  it('shows the morning digest at the first open of the day until it is closed', async () => {
    const data = await dataFor(async (db) => {
      await db.put('settings', { key: DIGEST_KEY, value: { on: '2026-06-08', entries: { 'as-1': { line: '参議院 第221回 第37号 問一 (執筆)', dueAt: jstInstant('2026-06-09T10:00:00+09:00'), dueLabel: '割振り' } } } });
    });
    const { root, click, button } = mount(data);
    const digest = root.querySelector('section[aria-label="朝のまとめ"]')!;
    expect(digest.querySelector('h2')!.textContent).toBe('朝のまとめ: 令和8年6月8日(月) からの変更 (11:00 現在)');
    expect(digest.textContent).toContain('新しい割振り (1 件)参議院 第221回 第37号 問二 (合議) 合議了 令和8年6月10日(水) 18:00');
    expect(digest.textContent).toContain('本日締切 1 件 ・期限超過 0 件 ・未受諾 2 件');
    expect(digest.textContent).toContain('締切の変更 (1 件)参議院 第221回 第37号 問一 (執筆) 割振り 令和8年6月9日(火) 10:00 → 原案 令和8年6月9日(火) 18:00');
    click(button('まとめを閉じる'));
    expect(root.querySelector('section[aria-label="朝のまとめ"]')).toBeNull();
  });

  it('lists each conflict with its versions in words, and 「この版にする」 sends the chosen one', async () => {
    const data = await dataFor(async (db) => {
      const mine = emptyBundle('a', now, 1);
      mine.records.assignments.push(fakeAssignmentRecord('as-1', 3, { bureau: 'isei', state: 'final' }, '医政局'));
      await applyBundle(db, mine);
      const theirs = emptyBundle('addin:官房総務課', now, 2);
      theirs.records.assignments.push(fakeAssignmentRecord('as-1', 3, { bureau: 'hoken', state: 'proposed' }, '官房総務課'));
      await applyBundle(db, theirs);
    });
    const { root, actions, click, button } = mount(data);
    const section = root.querySelector('section[aria-label="競合"]')!;
    expect(section.querySelector('h2')!.textContent).toBe('競合 (1 件)');
    const versions = [...section.querySelectorAll('label.version')].map((l) => l.textContent);
    expect(versions).toEqual([
      'こちら: isei・執筆・確定 (版 3、医政局、令和8年6月8日(月) 13:00)',
      '受信 (addin:官房総務課): hoken・執筆・仮割振り (版 3、官房総務課、令和8年6月8日(月) 13:00)',
    ]);
    click(section.querySelectorAll<HTMLInputElement>('input[type=radio]')[1]);
    click(button('この版にする', section));
    expect(actions.onChoose).toHaveBeenCalledWith('assignments:as-1', data.conflictList[0]!.versions[1]!.versionKey);
    expect(root.textContent).not.toContain('Excel の割振りシートで確認してください');
  });

  it('offers 「報告を送る」 only with a report URL, file and copy always; shows the last send', async () => {
    const without = mount(await dataFor());
    expect(without.button('報告を送る')).toBeUndefined();
    without.click(without.button('報告をファイルに保存'));
    expect(without.actions.onSaveReport).toHaveBeenCalled();
    document.body.replaceChildren();
    const withUrl = mount(await dataFor(async (db) => {
      await db.put('settings', { key: 'report:state', value: { sentAt: jstInstant('2026-06-09T10:32:00+09:00'), pending: false } });
    }, { reportUrl: 'https://intra.example.go.jp/reports/' }));
    expect(withUrl.root.querySelector('section[aria-label="報告を送る"]')!.textContent).toContain('最終送信 10:32');
    withUrl.click(withUrl.button('報告を送る'));
    expect(withUrl.actions.onSendReport).toHaveBeenCalled();
  });

  it('offers 「アクセスを許可」 when the feed\'s site is not granted', async () => {
    const { root, actions, click, button } = mount(await dataFor(async (db) => {
      await db.put('settings', {
        key: 'feed:state',
        value: { url: 'https://intra.example.go.jp/feed.json', error: 'フィードのサーバー (https://intra.example.go.jp) は応答しましたが…', errorKind: 'permission', failures: 1 },
      });
    }));
    expect(root.querySelector('[role=alert]')!.textContent).toContain('フィードのサーバー');
    click(button('アクセスを許可'));
    expect(actions.onGrant).toHaveBeenCalled();
  });

  it('orders captured questions by urgency, then 号 as a number (第2号 before 第10号 before 第100号)', async () => {
    const q = (number: number) => ({
      key: `sangiin-221-${number}`, kind: 'written' as const, house: 'sangiin' as const, session: 221, number, title: `件名${number}`, submitters: ['議員'],
      extensions: [], answerItems: [], provenance: [], userEdited: [], items: [],
    });
    const data = await dataFor(async (db) => {
      for (const n of [100, 10, 2]) await db.put('questions', q(n));
      await db.put('questions', { ...q(50), transferredOn: isoDate('2026-06-08') });
    });
    expect(data.captured.map((c) => c.label)).toEqual(['参議院 第221回 第50号', '参議院 第221回 第2号', '参議院 第221回 第10号', '参議院 第221回 第100号']);
  });
});
