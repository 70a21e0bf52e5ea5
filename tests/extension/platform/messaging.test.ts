/**
 * @file Typed extension messaging: sendMessage sends `{ type, ...request }` and unwraps the reply (RemoteError
 * with the other side's Japanese text, siteChanged kept); onMessage answers only its own name and wraps values
 * and errors; the protocol map fixes request and reply types (checked by tsc through @ts-expect-error).
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  CAPTURE_PAGE, CLIP_SAVE, EXPORT_BUNDLE, FEED_REFRESH, NO_REPLY_MESSAGE, POPUP_DATA, QUESTION_EDIT, RemoteError, onMessage, sendMessage,
} from '../../../extension/platform/messaging';
import { SiteChangedError } from '../../../extension/sites/site-changed-error';

/**
 * fakeBrowser.runtime.sendMessage calls listeners without sendResponse; Chrome passes one. This routes a sent
 * message through the registered listeners the way Chrome does: the first listener returning true answers.
 */
function routeLikeChrome(): void {
  vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation(((message: unknown) =>
    new Promise((answer) => {
      const trigger = fakeBrowser.runtime.onMessage.trigger as (...args: unknown[]) => Promise<unknown[]>;
      void trigger(message, { id: fakeBrowser.runtime.id }, answer).then((returned) => {
        if (!returned.includes(true)) answer(undefined);
      });
    })) as never);
}

beforeEach(() => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
  routeLikeChrome();
});

describe('sendMessage and onMessage', () => {
  it('sends the request fields with the message name in type, and returns the handler\'s value', async () => {
    const seen: unknown[] = [];
    onMessage(QUESTION_EDIT, (message) => {
      seen.push(message);
      return { fields: ['title'], message: '件名を修正しました。' };
    });
    const reply = await sendMessage(QUESTION_EDIT, { key: 'shugiin-221-1', edit: { title: '新' }, who: '医政局 山田' });
    expect(reply).toEqual({ fields: ['title'], message: '件名を修正しました。' });
    expect(seen).toEqual([{ type: QUESTION_EDIT, key: 'shugiin-221-1', edit: { title: '新' }, who: '医政局 山田' }]);
  });

  it('sends a message without request as its name alone, and awaits an async handler', async () => {
    const seen: unknown[] = [];
    onMessage(EXPORT_BUNDLE, async (message) => {
      seen.push(message);
      await Promise.resolve();
      return '{"version":1}';
    });
    expect(await sendMessage(EXPORT_BUNDLE)).toBe('{"version":1}');
    expect(seen).toEqual([{ type: EXPORT_BUNDLE }]);
  });

  it('turns a handler\'s throw or rejection into RemoteError with its Japanese text, keeping siteChanged', async () => {
    onMessage(CLIP_SAVE, () => {
      throw new Error('委員会名を入力してください。');
    });
    onMessage(CAPTURE_PAGE, async () => {
      throw new SiteChangedError('shugiin/question-list', '衆議院 質問の一覧', '見出し「番号」がありません', 'https://www.shugiin.go.jp/');
    });
    const clip = sendMessage(CLIP_SAVE, { clipId: 'c1', form: {} as never });
    await expect(clip).rejects.toBeInstanceOf(RemoteError);
    await expect(clip).rejects.toMatchObject({ message: '委員会名を入力してください。', siteChanged: false });
    const capture = sendMessage(CAPTURE_PAGE, { url: 'https://www.shugiin.go.jp/', pageText: '', result: {} as never });
    await expect(capture).rejects.toMatchObject({ siteChanged: true, message: expect.stringContaining('見出し「番号」がありません') });
  });

  it('leaves other names to other listeners: each handler answers only its own message', async () => {
    const popup = vi.fn(() => ({}) as never);
    onMessage(POPUP_DATA, popup);
    onMessage(FEED_REFRESH, () => undefined);
    expect(await sendMessage(FEED_REFRESH)).toBeUndefined();
    expect(popup).not.toHaveBeenCalled();
    const trigger = fakeBrowser.runtime.onMessage.trigger as (...args: unknown[]) => Promise<unknown[]>;
    expect(await trigger({ type: 'unknown:message' }, {}, () => undefined)).toEqual([undefined, undefined]);
    expect(await trigger(null, {}, () => undefined)).toEqual([undefined, undefined]);
  });

  it('says in Japanese that the background does not answer when no listener replies, and stops answering once removed', async () => {
    await expect(sendMessage(POPUP_DATA)).rejects.toThrow(NO_REPLY_MESSAGE);
    const remove = onMessage(EXPORT_BUNDLE, () => 'x');
    expect(await sendMessage(EXPORT_BUNDLE)).toBe('x');
    remove();
    await expect(sendMessage(EXPORT_BUNDLE)).rejects.toThrow(NO_REPLY_MESSAGE);
  });

  it('fixes request and reply types from the protocol map (tsc rejects the lines marked @ts-expect-error)', async () => {
    onMessage(EXPORT_BUNDLE, () => 'text');
    const text: string = await sendMessage(EXPORT_BUNDLE);
    expect(text).toBe('text');
    // @ts-expect-error the reply type is the protocol's (string), not the caller's choice
    const wrong: number = await sendMessage(EXPORT_BUNDLE);
    expect(typeof wrong).toBe('string');
    // @ts-expect-error EXPORT_BUNDLE has no request
    await sendMessage(EXPORT_BUNDLE, { extra: 1 });
    // @ts-expect-error a name outside the protocol map
    await expect(sendMessage('export:everything')).rejects.toThrow(NO_REPLY_MESSAGE);
    // @ts-expect-error QUESTION_EDIT needs its request
    await expect(sendMessage(QUESTION_EDIT)).rejects.toThrow(NO_REPLY_MESSAGE);
    // @ts-expect-error a handler must return the protocol's reply type
    onMessage(EXPORT_BUNDLE, () => 42);
  });
});
