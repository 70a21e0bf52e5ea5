// @vitest-environment happy-dom
/** @file OptionsForm: bureau from the directory, feed URL rules (https or http on localhost), interval default 5, Japanese errors. */
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { defaultBureaus } from '@shared/index';
import { OptionsForm } from '../../../extension/entrypoints/options/options-form';
import { extensionOptionsSchema, isAllowedFeedUrl, originPattern } from '../../../extension/platform/extension-options';

function mount(onSave = vi.fn(async () => '保存しました。'), onExport = vi.fn(async () => '書き出しました。')) {
  const root = document.createElement('div');
  document.body.append(root);
  act(() => render(<OptionsForm initial={extensionOptionsSchema.parse({})} bureaus={defaultBureaus} onSave={onSave} onExport={onExport} />, root));
  const input = (id: string, value: string) =>
    act(() => {
      const el = root.querySelector<HTMLInputElement | HTMLSelectElement>(`#${id}`)!;
      el.value = value;
      el.dispatchEvent(new Event(el.tagName === 'SELECT' ? 'change' : 'input'));
    });
  const submit = async () => {
    await act(async () => {
      root.querySelector('form')!.dispatchEvent(new Event('submit', { cancelable: true }));
    });
  };
  return { root, onSave, onExport, input, submit };
}

afterEach(() => document.body.replaceChildren());

describe('options', () => {
  it('accepts https anywhere and http only on localhost / 127.0.0.1', () => {
    expect(isAllowedFeedUrl('https://intra.mhlw.example/feed.json')).toBe(true);
    expect(isAllowedFeedUrl('http://127.0.0.1:8080/feed.json')).toBe(true);
    expect(isAllowedFeedUrl('http://localhost/feed.json')).toBe(true);
    expect(isAllowedFeedUrl('http://intra.mhlw.example/feed.json')).toBe(false);
    expect(isAllowedFeedUrl('file:///C:/feed.json')).toBe(false);
    expect(originPattern('http://127.0.0.1:8080/feed.json')).toBe('http://127.0.0.1/*');
    expect(originPattern('https://intra.mhlw.example/a/feed.json')).toBe('https://intra.mhlw.example/*');
  });

  it('lists the bureau directory and defaults the interval to 5 minutes', () => {
    const { root } = mount();
    const names = [...root.querySelectorAll('#bureau option')].map((o) => o.textContent);
    expect(names).toContain('医政局');
    expect(names).toHaveLength(defaultBureaus.length + 1);
    expect(root.querySelector<HTMLInputElement>('#refresh')!.value).toBe('5');
  });

  it('refuses a plain-http intranet URL and a zero interval with Japanese messages, and saves nothing', async () => {
    const { root, onSave, input, submit } = mount();
    input('feed', 'http://intra.mhlw.example/feed.json');
    input('refresh', '0');
    await submit();
    expect(onSave).not.toHaveBeenCalled();
    const status = root.querySelector('[role=status]')!.textContent!;
    expect(status).toContain('URL は https:// で始まるもの');
    expect(status).toContain('更新間隔は 1 分以上にしてください。');
  });

  it('saves valid options, with the report URL, the feed credentials and the Teams poster choice', async () => {
    const { root, onSave, input, submit } = mount();
    input('bureau', 'isei');
    input('feed', 'https://intra.mhlw.example/feed.json');
    input('report', 'https://intra.mhlw.example/reports/');
    input('webhook', 'https://x.environment.api.powerplatform.com/workflows/abc');
    act(() => root.querySelector<HTMLInputElement>('#poster')!.click());
    await submit();
    expect(onSave).toHaveBeenCalledWith(
      {
        bureauId: 'isei', feedUrl: 'https://intra.mhlw.example/feed.json', refreshMinutes: 5, webhookUrl: 'https://x.environment.api.powerplatform.com/workflows/abc',
        reportUrl: 'https://intra.mhlw.example/reports/', feedCredentials: false, teamsPoster: true,
      },
      expect.any(Function),
    );
    expect(root.querySelector('[role=status]')!.textContent).toBe('保存しました。');
  });
});
