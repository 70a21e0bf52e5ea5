// @vitest-environment happy-dom
/** @file ClipForm: pre-filled from the notice text, live 問 and band preview, Japanese errors per field, save callback. */
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ClipFormInput } from '@shared/index';
import { ClipForm } from '../../../extension/entrypoints/clip/clip-form';
import { jstInstant } from '../../helpers/dates';

const text = '衆議院厚生労働委員会　質問通告\n問１　医師の働き方改革について\n（１）上限規制の施行状況\n問２　介護報酬改定について<img src=x onerror=alert(1)>';

function mount(onSave: (form: ClipFormInput) => Promise<string> = vi.fn(async () => '質問通告を保存しました'), exact = true) {
  const root = document.createElement('div');
  document.body.append(root);
  act(() => render(<ClipForm clip={{ text, pageUrl: 'https://intra.example.go.jp/n.html', exact }} defaultReceivedAt={jstInstant('2026-06-08T11:30:00+09:00')} onSave={onSave} />, root));
  const q = <T extends Element = HTMLInputElement>(selector: string) => root.querySelector<T>(selector)!;
  const input = (id: string, value: string) =>
    act(() => {
      const el = q<HTMLInputElement | HTMLSelectElement>(`#${id}`);
      el.value = value;
      el.dispatchEvent(new Event(el.tagName === 'SELECT' ? 'change' : 'input'));
    });
  const submit = async () => {
    await act(async () => {
      q('form').dispatchEvent(new Event('submit', { cancelable: true }));
    });
  };
  return { root, q, input, submit };
}

afterEach(() => document.body.replaceChildren());

describe('ClipForm', () => {
  it('pre-fills house, committee, 09:00 and 受信日時 (clock), and previews the 問', () => {
    const { root, q } = mount();
    expect(q<HTMLSelectElement>('#house').value).toBe('shugiin');
    expect(q('#committee').value).toBe('厚生労働委員会');
    expect(q('#startTime').value).toBe('09:00');
    expect(q('#receivedAt').value).toBe('2026-06-08T11:30');
    expect(q<HTMLTextAreaElement>('#text').value).toBe(text);
    expect(root.querySelector('section[aria-label="問"] h2')!.textContent).toBe('問 (2 件)');
    expect([...root.querySelectorAll('.items li strong')].map((s) => s.textContent)).toEqual(['問1', '問2']);
    // Page text is shown as text, never parsed as HTML.
    expect(root.querySelector('img')).toBeNull();
    expect(root.querySelector('.band')!.textContent).toBe('開会日・開会時刻・受信日時を入れると表示します。');
  });

  it('shows a Japanese message under each missing field on save, and does not save', async () => {
    const onSave = vi.fn(async () => 'x');
    const { q, input, submit } = mount(onSave);
    input('committee', '');
    await submit();
    expect(onSave).not.toHaveBeenCalled();
    expect(q('[role=alert]').textContent).toBe('入力内容を確認してください。');
    expect(q('#committee-error').textContent).toBe('委員会名を入力してください。');
    expect(q('#sittingOn-error').textContent).toBe('開会日を入力してください。');
    expect(q('#member-error').textContent).toBe('質問者を入力してください。');
    expect(q('#member').getAttribute('aria-invalid')).toBe('true');
    expect(q('#member').getAttribute('aria-describedby')).toBe('member-error');
  });

  it('previews the 前々日正午 band live and saves the form as typed', async () => {
    const onSave = vi.fn(async () => '質問通告を保存しました: 前々日まで (通告期限 令和8年6月8日(月) 12:00)');
    const { q, input, submit } = mount(onSave);
    input('sittingOn', '2026-06-10');
    input('member', '山田太郎');
    expect(q('.band').textContent).toBe('前々日まで (通告期限 令和8年6月8日(月) 12:00)');
    input('receivedAt', '2026-06-09T21:00');
    expect(q('.band').textContent).toBe('それ以降 (通告期限 令和8年6月8日(月) 12:00 を 33 時間 0 分超過)');
    input('receivedAt', '2026-06-08T11:30');
    await submit();
    expect(onSave).toHaveBeenCalledWith({
      house: 'shugiin', committee: '厚生労働委員会', sittingOn: '2026-06-10', startTime: '09:00', member: '山田太郎', receivedAt: '2026-06-08T11:30', text,
      setAt: '',
    });
    expect(q('[role=status]').textContent).toBe('質問通告を保存しました: 前々日まで (通告期限 令和8年6月8日(月) 12:00)');
  });

  it('measures from 委員会セット + 3 hours when the sitting was set after 前々日正午, and checks the セット日時', async () => {
    const { q, input, submit } = mount(vi.fn(async () => 'ok'));
    input('sittingOn', '2026-06-10');
    input('member', '山田太郎');
    input('receivedAt', '2026-06-09T15:40');
    expect(q('.band').textContent).toBe('前日18時まで (通告期限 令和8年6月8日(月) 12:00 を 27 時間 40 分超過)');
    input('setAt', '2026-06-09T10:00');
    expect(q('.band').textContent).toBe('前日18時まで (委員会セット 令和8年6月9日(火) 10:00 が前々日正午より後のため、基準はセット後の 令和8年6月9日(火) 13:00 を 2 時間 40 分超過)');
    expect(q('#setAt-hint').textContent).toContain('セットから3時間後');
    input('setAt', '2026-06-10T10:00');
    await submit();
    expect(q('#setAt-error').textContent).toBe('委員会セット日時が開会日時より後になっています。日時を確認してください。');
    expect(q('#setAt').getAttribute('aria-describedby')).toBe('setAt-error setAt-hint');
  });

  it('shows the background\'s Japanese error when saving fails', async () => {
    const { q, input, submit } = mount(async () => {
      throw new Error('保存に失敗しました。データは変更されていません (QuotaExceededError)。');
    });
    input('sittingOn', '2026-06-10');
    input('member', '山田太郎');
    await submit();
    expect(q('[role=alert]').textContent).toBe('保存に失敗しました。データは変更されていません (QuotaExceededError)。');
  });

  it('warns when the selection\'s line breaks were lost', () => {
    const { root } = mount(undefined, false);
    expect(root.textContent).toContain('選択範囲の改行を読み取れなかったため、番号の位置で区切りました。');
  });
});
