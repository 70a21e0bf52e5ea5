// @vitest-environment happy-dom
/**
 * @file PopupApp: my bureau's 問 with deadlines, role filter, stand-down banner, freshness or error, click opens the page;
 * captured questions with their 状況 source, unknown dates and 問未取得 with a one-click fetch, bulk 当省分; capture
 * progress and grouped failures until dismissed; why the open Diet page cannot be captured.
 */
import { act } from 'preact/test-utils';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, describe, expect, it } from 'vitest';
import { applyBundle, defaultBureaus, openDietDb } from '@shared/index';
import { type PopupData, popupData } from '../../../extension/background/feed-popup-data';
import { POPUP_FIRST_ROWS } from '../../../extension/entrypoints/popup/bureau-section';
import { mountPopup as mount } from './mount-popup';
import { bureauBundle } from '../../shared/exchange/bureau-fixture';
import { isoDate, jstInstant } from '../../helpers/dates';

const now = jstInstant('2026-06-09T11:00:00+09:00');

async function dataFor(extra: (db: Awaited<ReturnType<typeof openDietDb>>) => Promise<void> = async () => {}, activeUrl?: string): Promise<PopupData> {
  const db = await openDietDb(`popup-${Math.random()}`, new IDBFactory());
  const b = bureauBundle();
  b.records.releases.push({
    id: 'rel-1', rev: 1, updatedAt: now, updatedBy: 'x', deleted: false,
    data: { bureau: 'isei', date: isoDate('2026-06-09'), releasedAt: jstInstant('2026-06-09T10:42:00+09:00'), reason: '', by: '' },
  });
  await applyBundle(db, b);
  await extra(db);
  return popupData(db, defaultBureaus, { bureauId: 'isei', feedUrl: 'https://intra.example.go.jp/feed.json' }, now, activeUrl);
}

afterEach(() => {
  document.body.replaceChildren();
});

describe('PopupApp', () => {
  it('lists my bureau\'s 問 by urgency with 和暦 deadline, time left, tonight\'s slot and the stand-down banner', async () => {
    const { root } = mount(await dataFor(async (db) => {
      await db.put('settings', { key: 'feed:state', value: { url: 'https://intra.example.go.jp/feed.json', fetchedAt: '2026-06-09T10:55:00+09:00', failures: 0 } });
    }));
    const text = root.textContent!;
    expect(text).toContain('医政局の問 (2 件)');
    expect(text).toContain('原案 令和8年6月9日(火) 18:00 まで (あと 7 時間)');
    expect(text).toContain('今夜 夕方レク 18:30');
    expect(text).toContain('本日の待機は解除されました (10:42)');
    expect(text).toContain('最終更新 10:55');
    const rows = [...root.querySelectorAll('section[aria-label="自局の問"] li')].map((li) => li.querySelector('.label')!.textContent);
    expect(rows).toEqual(['一', '二']);
  });

  it('filters by role: choosing 合議 leaves only the 問 my bureau concurs on, and the heading counts them', async () => {
    const { root } = mount(await dataFor());
    const select = root.querySelector<HTMLSelectElement>('select[aria-label="役割で絞り込む"]')!;
    act(() => {
      select.value = '合議';
      select.dispatchEvent(new Event('change'));
    });
    expect(root.textContent).toContain('医政局の問 (1 件)');
    expect(root.querySelector('section[aria-label="自局の問"] .label')!.textContent).toBe('二');
  });

  it('opens the source page on click', async () => {
    const { root, actions } = mount(await dataFor());
    act(() => root.querySelector<HTMLButtonElement>('section[aria-label="自局の問"] button.row')!.click());
    expect(actions.onOpen).toHaveBeenCalledWith('https://www.sangiin.go.jp/japanese/joho1/kousei/syuisyo/221/syuh/s221037.htm');
  });

  it('shows the feed error and still the last good data', async () => {
    const { root } = mount(await dataFor(async (db) => {
      await db.put('settings', {
        key: 'feed:state',
        value: { url: 'https://intra.example.go.jp/feed.json', fetchedAt: '2026-06-09T10:00:00+09:00', error: 'フィードの取得に失敗しました (HTTP 503)。', failures: 1 },
      });
    }));
    expect(root.querySelector('[role=alert]')!.textContent).toBe('更新できませんでした: フィードの取得に失敗しました (HTTP 503)。 (最終更新 10:00 のデータを表示中)');
    expect(root.textContent).toContain('医政局の問 (2 件)');
  });

  it('lists captured 質問主意書 with the answer deadline in 和暦 and time left', async () => {
    const { root } = mount(await dataFor(async (db) => {
      await db.put('questions', {
        key: 'sangiin-221-37', kind: 'written', house: 'sangiin', session: 221, number: 37, title: '医師の働き方改革に関する質問主意書',
        submitters: ['山田太郎'], transferredOn: isoDate('2026-06-08'), extensions: [], answerItems: [], provenance: [], userEdited: [], items: [],
      });
    }));
    const section = root.querySelector('section[aria-label="取り込んだ質問主意書"]')!;
    expect(section.textContent).toContain('取り込んだ質問主意書 (1 件)');
    expect(section.textContent).toContain('参議院 第221回 第37号');
    expect(section.textContent).toMatch(/答弁期限 令和8年6月1\d日\(.\) \(あと \d+ 日/);
    // The 件名 may be cut at 2 lines on screen: the whole 件名 is its tooltip, here and in 自局の問.
    expect(section.querySelector('.title')!.getAttribute('title')).toBe('医師の働き方改革に関する質問主意書');
    expect(root.querySelector('section[aria-label="自局の問"] .title')!.getAttribute('title')).toBe(root.querySelector('section[aria-label="自局の問"] .title')!.textContent);
  });

  it('shows an answered or withdrawn 質問主意書 with its date, never as 「超過」 against a past deadline', async () => {
    const base = {
      kind: 'written' as const, house: 'sangiin' as const, session: 221, title: '件名', submitters: ['山田太郎'], transferredOn: isoDate('2026-03-02'),
      extensions: [], answerItems: [], provenance: [], userEdited: [], items: [],
    };
    const { root } = mount(await dataFor(async (db) => {
      await db.put('questions', { ...base, key: 'sangiin-221-1', number: 1, answeredOn: isoDate('2026-03-06') });
      await db.put('questions', { ...base, key: 'sangiin-221-2', number: 2, withdrawnOn: isoDate('2026-03-04') });
    }));
    const text = root.querySelector('section[aria-label="取り込んだ質問主意書"]')!.textContent!;
    expect(text).toContain('答弁期限 令和8年3月6日(金) ・答弁書受領 令和8年3月6日(金)');
    expect(text).toContain('・撤回 令和8年3月4日(水)');
    expect(text).not.toContain('超過');
  });

  it('lists clipped 質問通告 by sitting with 和暦, member, 問 count and the band computed from the calendar; held sittings on request', async () => {
    const notice = (id: string, sittingOn: string, startTime: string, receivedAt: string, member: string, items: number) => ({
      kind: 'notice' as const, id, house: 'shugiin' as const, committee: '厚生労働委員会', sittingOn: isoDate(sittingOn), startTime, member, receivedAt: jstInstant(receivedAt),
      items: Array.from({ length: items }, (_, i) => ({ label: `問${i + 1}`, text: '…' })),
      provenance: [{ sourceUrl: `https://intra.example.go.jp/${id}.html`, capturedAt: jstInstant(receivedAt), adapterId: 'clip/selection', adapterVersion: '1', contentHash: 'a'.repeat(64) }],
    });
    const { root, actions } = mount(await dataFor(async (db) => {
      await db.put('notices', notice('n-late', '2026-06-12', '10:00', '2026-06-08T11:00:00+09:00', '鈴木花子', 2));
      await db.put('notices', notice('n-first', '2026-06-10', '09:00', '2026-06-09T19:10:00+09:00', '山田太郎', 3));
      await db.put('notices', notice('n-held', '2026-06-01', '09:00', '2026-05-28T10:00:00+09:00', '佐藤一郎', 1));
    }));
    const section = root.querySelector('section[aria-label="取り込んだ質問通告"]')!;
    expect(section.querySelector('h2')!.textContent).toBe('取り込んだ質問通告 (3 件)');
    const rows = () => [...section.querySelectorAll('li')].map((li) => li.textContent);
    expect(rows()).toEqual([
      '衆議院 厚生労働委員会令和8年6月10日(水) 09:00 開会山田太郎 ・問 3 件 ・受信 令和8年6月9日(火) 19:10'
        + 'それ以降 (通告期限 令和8年6月8日(月) 12:00 を 31 時間 10 分超過)',
      '衆議院 厚生労働委員会令和8年6月12日(金) 10:00 開会鈴木花子 ・問 2 件 ・受信 令和8年6月8日(月) 11:00'
        + '前々日まで (通告期限 令和8年6月10日(水) 12:00)',
    ]);
    expect(section.querySelector('li .band')!.className).toBe('band late');
    expect(section.querySelectorAll('li .band')[1]!.className).toBe('band');

    const more = [...section.querySelectorAll('button')].find((b) => b.textContent === '開会済みの通告も表示 (1 件)')!;
    act(() => more.click());
    expect(rows()).toHaveLength(3);
    expect(rows()[0]).toMatch(/^衆議院 厚生労働委員会令和8年6月1日\(月\) 09:00 開会佐藤一郎/);
    act(() => section.querySelector<HTMLButtonElement>('li button.row')!.click());
    expect(actions.onOpen).toHaveBeenCalledWith('https://intra.example.go.jp/n-held.html');
  });

  it('says how to clip a notice when there is none', async () => {
    const { root } = mount(await dataFor());
    expect(root.querySelector('section[aria-label="取り込んだ質問通告"]')!.textContent)
      .toBe('取り込んだ質問通告 (0 件)まだ取り込んでいません。通告の文章を選んで右クリックし「質問通告として取り込む」を選んでください。');
  });

  it('「修正」 opens a form with the stored values, sends what was typed with the 修正者, and closes once stored', async () => {
    const { root, actions } = mount(await dataFor(async (db) => {
      await db.put('questions', {
        key: 'sangiin-221-37', kind: 'written', house: 'sangiin', session: 221, number: 37, title: '医師の働き方改革に関する質問主意書',
        submitters: ['山田太郎', '石垣　のりこ'], transferredOn: isoDate('2026-06-08'), extensions: [], answerItems: [], provenance: [], userEdited: ['title'], items: [],
      });
      await db.put('settings', { key: 'capture:editor', value: '医政局 佐藤' });
    }));
    const section = root.querySelector('section[aria-label="取り込んだ質問主意書"]')!;
    expect(section.textContent).toContain('手修正: 件名');
    act(() => section.querySelector<HTMLButtonElement>('button[aria-label="参議院 第221回 第37号 を修正"]')!.click());
    const form = section.querySelector<HTMLFormElement>('form[aria-label="参議院 第221回 第37号 の修正"]')!;
    const inputs = [...form.querySelectorAll('input')];
    expect(inputs.map((i) => i.value)).toEqual(['医師の働き方改革に関する質問主意書', '山田太郎、石垣　のりこ', '2026-06-08', '医政局 佐藤']);
    act(() => {
      inputs[2]!.value = '2026-06-09';
      inputs[2]!.dispatchEvent(new Event('input'));
    });

    actions.onEdit.mockRejectedValueOnce(new Error('内閣転送日が提出日 (令和8年6月9日) より前になっています。'));
    await act(async () => {
      form.requestSubmit();
      await new Promise((done) => setTimeout(done, 0));
    });
    expect(actions.onEdit).toHaveBeenLastCalledWith({
      key: 'sangiin-221-37', who: '医政局 佐藤',
      edit: { title: '医師の働き方改革に関する質問主意書', submitters: '山田太郎、石垣　のりこ', transferredOn: '2026-06-09' },
    });
    expect(form.querySelector('[role=alert]')!.textContent).toBe('内閣転送日が提出日 (令和8年6月9日) より前になっています。');
    expect(section.querySelector('form.edit')).not.toBeNull();

    await act(async () => {
      form.requestSubmit();
      await new Promise((done) => setTimeout(done, 0));
    });
    expect(actions.onEdit).toHaveBeenCalledTimes(2);
    expect(section.querySelector('form.edit')).toBeNull();
  });

  it('asks for a bureau when none is chosen', async () => {
    const data = await dataFor();
    const { root } = mount({ ...data, bureau: undefined, view: undefined });
    expect(root.textContent).toContain('自局が未設定です');
  });
});

describe('PopupApp with many assignments', () => {
  it('draws the first rows by urgency and the rest on 「さらに表示」', async () => {
    const data = await dataFor();
    const row = data.view!.rows[0]!;
    const many = Array.from({ length: 120 }, (_, i) => ({ ...row, assignmentId: `as-${i}`, itemLabel: `問${i + 1}` }));
    const { root } = mount({ ...data, view: { ...data.view!, rows: many } });
    expect(root.querySelectorAll('section[aria-label="自局の問"] li')).toHaveLength(POPUP_FIRST_ROWS);
    const more = [...root.querySelectorAll('button')].find((b) => b.textContent === `さらに表示 (残り ${120 - POPUP_FIRST_ROWS} 件)`)!;
    act(() => more.click());
    expect(root.querySelectorAll('section[aria-label="自局の問"] li')).toHaveLength(120);
  });

  describe('captured questions a coordinator can act on', () => {
    const SHU = 'https://www.shugiin.go.jp/internet/itdb_shitsumon.nsf/html/shitsumon/';
    const listed = { sourceUrl: `${SHU}kaiji221_l.htm`, capturedAt: now, adapterId: 'shugiin/question-list', adapterVersion: '1', contentHash: 'a'.repeat(64) };
    const row = (number: number, extra: object) => ({
      key: `shugiin-221-${number}`, kind: 'written' as const, house: 'shugiin' as const, session: 221, number, title: `件名${number}`, submitters: ['山田太郎'],
      extensions: [], answerItems: [], provenance: [listed], userEdited: [], items: [], progressUrl: `${SHU}221${String(number).padStart(3, '0')}.htm`, ...extra,
    });
    const captured = async (db: Awaited<ReturnType<typeof openDietDb>>) => {
      await db.put('questions', row(1, { progressText: '答弁受理', questionUrl: `${SHU}a221001.htm` }));
      await db.put('questions', row(30, { progressText: '質問受理', questionUrl: `${SHU}a221030.htm` }));
    };
    const item = (root: HTMLElement, n: number) => [...root.querySelectorAll('section[aria-label="取り込んだ質問主意書"] li')].find((li) => li.textContent!.includes(`第${n}号`))!;

    it('says where each 状況 came from; an open question without dates says why and offers 「問を取得」 and 「修正」', async () => {
      const { root, actions } = mount(await dataFor(captured));
      expect(item(root, 1).textContent).toContain('答弁済み');
      expect(item(root, 1).textContent).toContain('状況の出所: 一覧の経過状況「答弁受理」');
      expect(item(root, 1).textContent).not.toContain('問未取得');
      const open = item(root, 30);
      expect(open.textContent).toContain('質問受理');
      expect(open.textContent).toContain('内閣転送日が未確認のため、答弁期限を計算できません。「再取得」で経過ページを取り直すか、「修正」で内閣転送日を入力してください。');
      expect(open.textContent).toContain('問未取得');
      act(() => open.querySelector<HTMLButtonElement>('button[aria-label="衆議院 第221回 第30号 の問を取得"]')!.click());
      expect(actions.onRefetch).toHaveBeenCalledWith(['shugiin-221-30']);
      expect(open.querySelector('button[aria-label="衆議院 第221回 第30号 を修正"]')).not.toBeNull();
    });

    it('bulk 当省分: a filter, 「表示中をすべて選ぶ」, 他省庁 with the ministry and the 担当者', async () => {
      const { root, actions } = mount(await dataFor(captured));
      const section = root.querySelector<HTMLElement>('section[aria-label="取り込んだ質問主意書"]')!;
      const filter = [...section.querySelectorAll('select')].find((s) => s.closest('label')!.textContent!.startsWith('絞り込み'))!;
      act(() => {
        filter.value = 'open';
        filter.dispatchEvent(new Event('change'));
      });
      expect(section.querySelectorAll('li')).toHaveLength(1);
      act(() => section.querySelector<HTMLInputElement>('.select-all input')!.click());
      const form = section.querySelector<HTMLFormElement>('form[aria-label="当省分の指定"]')!;
      const choice = form.querySelector('select')!;
      act(() => {
        choice.value = 'other';
        choice.dispatchEvent(new Event('change'));
      });
      const [ministry, who] = [...form.querySelectorAll('input')];
      act(() => {
        ministry!.value = '国土交通省';
        ministry!.dispatchEvent(new Event('input'));
        who!.value = '官房総務課 山田';
        who!.dispatchEvent(new Event('input'));
      });
      expect(form.querySelector('button')!.textContent).toBe('選んだ 1 件に指定');
      await act(async () => {
        form.dispatchEvent(new Event('submit', { cancelable: true }));
      });
      expect(actions.onMark).toHaveBeenCalledWith({ keys: ['shugiin-221-30'], marking: { scope: 'other', ministry: '国土交通省' }, who: '官房総務課 山田' });
      expect(form.querySelector('[role=status]')!.textContent).toBe('1 件を他省庁 (国土交通省)にしました。');
    });

    it('shows each row’s 当省分 from the exchange records', async () => {
      const { root } = mount(await dataFor(async (db) => {
        await captured(db);
        await db.put('exchange', {
          key: 'jurisdictions:shugiin-221-30', kind: 'jurisdictions',
          record: { id: 'shugiin-221-30', rev: 1, updatedAt: now, updatedBy: 'x', deleted: false, data: { questionKey: 'shugiin-221-30', scope: 'other', ministry: '内閣府' } },
        });
      }));
      expect(item(root, 30).querySelector('.scope')!.textContent).toBe('他省庁 (内閣府)');
      expect(item(root, 1).querySelector('.scope')!.textContent).toBe('未確認');
    });

    it('keeps capture progress and grouped failures until dismissed, with 「再試行」', async () => {
      const run = {
        id: 'r1', title: '衆議院 質問の一覧 第221回', summary: '36 件追加、0 件更新', startedAt: now, finishedAt: now, updated: 1,
        pages: [
          { key: 'shugiin-221-1', url: `${SHU}221001.htm`, kind: 'detail', label: '第1号 (経過ページ)', state: 'done' },
          { key: 'shugiin-221-2', url: `${SHU}221002.htm`, kind: 'detail', label: '第2号 (経過ページ)', state: 'failed',
            failure: { reason: 'notFound', key: 'shugiin-221-2', label: '第2号 (経過ページ)', url: `${SHU}221002.htm`, message: 'ページを取得できませんでした (HTTP 404)。' } },
          { key: 'shugiin-221-3', url: `${SHU}221003.htm`, kind: 'detail', label: '第3号 (経過ページ)', state: 'failed',
            failure: { reason: 'network', key: 'shugiin-221-3', label: '第3号 (経過ページ)', url: `${SHU}221003.htm`, message: 'ページを取得できませんでした (Failed to fetch)。' } },
        ],
      };
      const running = { ...run, id: 'r2', finishedAt: undefined, pages: run.pages.map((p) => ({ ...p, state: 'pending', failure: undefined })) };
      const { root, actions } = mount(await dataFor(async (db) => {
        await db.put('settings', { key: 'capture:run:r1', value: run });
        await db.put('settings', { key: 'capture:run:r2', value: { ...running, startedAt: '2026-06-09T11:30:00+09:00' } });
      }));
      const section = root.querySelector<HTMLElement>('section[aria-label="取り込みの進捗"]')!;
      const [newest, done] = [...section.querySelectorAll('li.run')];
      expect(newest!.textContent).toContain('経過ページを取得しています (0/3)…');
      expect(newest!.querySelector('progress')!.getAttribute('aria-label')).toBe('衆議院 質問の一覧 第221回 の進捗');
      expect(newest!.querySelector('button')).toBeNull();
      expect(done!.textContent).toContain('経過ページ 3 件: 1 件を反映、2 件は取り込めませんでした');
      expect([...done!.querySelectorAll('.reason')].map((p) => p.textContent)).toEqual(['ページがありません (HTTP 404) (1 件)', '接続できません (1 件)']);
      expect(done!.textContent).toContain('ネットワーク (庁内のプロキシや VPN) を確認してから「再試行」してください。');
      act(() => [...done!.querySelectorAll('button')].find((b) => b.textContent === '再試行 (2 件)')!.click());
      expect(actions.onRetry).toHaveBeenCalledWith('r1');
      act(() => done!.querySelector<HTMLButtonElement>('button[aria-label="衆議院 質問の一覧 第221回 を閉じる"]')!.click());
      expect(actions.onDismiss).toHaveBeenCalledWith('r1');
    });

    it('on a Diet page that is not capturable, says why (the page has no button)', async () => {
      const { root } = mount(await dataFor(async () => {}, `${SHU}menu_m.htm`));
      expect(root.querySelector('.page-status.no')!.textContent).toBe('このページは回次を選ぶメニューです。回次を選んで「質問の一覧」を開くと取り込めます。');
    });
  });
});
