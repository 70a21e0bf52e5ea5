// @vitest-environment happy-dom
/**
 * @file 配布用の設定ファイル: written without the Teams webhook URL (a secret), read back into the options form
 * (not saved until 「保存」), and a wrong file — not JSON, another format or version, a plain-http feed, a bureau
 * outside the directory, the wrong types — refused in Japanese with the form left as it was.
 */
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { defaultBureaus } from '@shared/index';
import { OptionsForm } from '../../../extension/entrypoints/options/options-form';
import { extensionOptionsSchema } from '../../../extension/platform/extension-options';
import { SETTINGS_FILE_FORMAT, parseSettingsFile, settingsFileText } from '../../../extension/platform/settings-file';

const ids = defaultBureaus.map((b) => b.id);
const options = {
  bureauId: 'isei', feedUrl: 'https://intra.mhlw.example/kokkai/feed.json', refreshMinutes: 10, webhookUrl: 'https://x.environment.api.powerplatform.com/workflows/1?sig=SECRET',
  feedCredentials: true, reportUrl: 'https://intra.mhlw.example/kokkai/reports/', teamsPoster: true,
};
/** What a file carries of `options`. */
const shared = { bureauId: 'isei', feedUrl: options.feedUrl, refreshMinutes: 10, feedCredentials: true, reportUrl: options.reportUrl };
const file = (settings: object, extra: object = {}) => JSON.stringify({ format: SETTINGS_FILE_FORMAT, version: 1, settings, ...extra });

afterEach(() => document.body.replaceChildren());

describe('settings file', () => {
  it('carries 自局, feed URL and credentials, interval and report URL with the format, version and time — never the webhook URL nor the Teams poster', () => {
    const text = settingsFileText(options, '2026-12-04T10:00:00+09:00');
    expect(JSON.parse(text)).toEqual({ format: 'kokkai-toben-desk/extension-settings', version: 1, exportedAt: '2026-12-04T10:00:00+09:00', settings: shared });
    expect(text).not.toContain('sig=');
    expect(text).not.toContain('webhook');
    expect(text).not.toContain('teamsPoster');
    expect(parseSettingsFile(text, ids)).toEqual({ ok: true, settings: shared });
  });

  it('ignores a webhook URL and a poster choice someone put in the file, and reads a file saved with a BOM', () => {
    const read = parseSettingsFile(`\uFEFF${file({ ...options })}`, ids);
    expect(read).toEqual({ ok: true, settings: shared });
  });

  it('reads a file written before the credentials and report settings existed with their defaults', () => {
    const read = parseSettingsFile(file({ bureauId: 'isei', feedUrl: options.feedUrl, refreshMinutes: 10 }), ids);
    expect(read).toEqual({ ok: true, settings: { ...shared, feedCredentials: false, reportUrl: '' } });
  });

  it.each([
    ['{"format": ', '設定ファイルが JSON として読み取れません。'],
    [JSON.stringify({ format: 'kokkai-toben-desk/exchange', version: 1 }), 'このファイルは国会答弁デスクの設定ファイルではありません'],
    [file({ bureauId: 'isei' }, { version: 2 }), '設定ファイルの版 2 には対応していません (対応は版 1)。'],
    [file({ bureauId: 'isei', feedUrl: 'http://intra.mhlw.example/feed.json' }), '設定ファイルの内容が正しくありません: URL は https:// で始まるもの'],
    [file({ bureauId: 'isei', refreshMinutes: 0 }), '更新間隔は 1 分以上にしてください。'],
    [file({ bureauId: 7 }), '設定ファイルの内容が正しくありません: 自局 の値が正しくありません。'],
    [file({ bureauId: 'mofa' }), '設定ファイルの自局「mofa」は局の一覧にありません。'],
    [' '.repeat(70_000), '設定ファイルが大きすぎます。'],
  ])('refuses %s in Japanese', (text, message) => {
    const read = parseSettingsFile(text, ids);
    expect(read.ok).toBe(false);
    expect(!read.ok && read.error).toContain(message);
  });
});

function mount() {
  const root = document.createElement('div');
  document.body.append(root);
  const onSave = vi.fn(async () => '保存しました。');
  const onExport = vi.fn(async () => '書き出しました。');
  act(() => render(<OptionsForm initial={extensionOptionsSchema.parse({ webhookUrl: options.webhookUrl })} bureaus={defaultBureaus} onSave={onSave} onExport={onExport} />, root));
  const choose = async (name: string, text: string) => {
    const input = root.querySelector<HTMLInputElement>('input[type=file]')!;
    Object.defineProperty(input, 'files', { value: [new File([text], name, { type: 'application/json' })], configurable: true });
    await act(async () => {
      input.dispatchEvent(new Event('change'));
      await new Promise((done) => setTimeout(done, 10));
    });
  };
  const value = (id: string) => root.querySelector<HTMLInputElement | HTMLSelectElement>(`#${id}`)!.value;
  return { root, onSave, onExport, choose, value };
}

describe('options: 配布用の設定ファイル', () => {
  it('「設定をファイルに書き出す」 hands over the checked options, and refuses invalid ones in Japanese', async () => {
    const { root, onExport } = mount();
    const exportButton = [...root.querySelectorAll('button')].find((b) => b.textContent === '設定をファイルに書き出す')!;
    await act(async () => exportButton.click());
    expect(onExport).toHaveBeenCalledWith({ bureauId: '', feedUrl: '', refreshMinutes: 5, webhookUrl: options.webhookUrl, feedCredentials: false, reportUrl: '', teamsPoster: false });
    expect(root.querySelector('[role=status]')!.textContent).toBe('書き出しました。');
    const refresh = root.querySelector<HTMLInputElement>('#refresh')!;
    act(() => { refresh.value = '0'; refresh.dispatchEvent(new Event('input')); });
    await act(async () => exportButton.click());
    expect(onExport).toHaveBeenCalledTimes(1);
    expect(root.querySelector('[role=status]')!.textContent).toBe('更新間隔は 1 分以上にしてください。');
  });

  it('reads a file into the form without saving it, keeping the webhook URL', async () => {
    const { root, onSave, choose, value } = mount();
    await choose('kokkai-settings.json', settingsFileText(options, '2026-12-04T10:00:00+09:00'));
    expect([value('bureau'), value('feed'), value('refresh'), value('webhook'), value('report')]).toEqual(['isei', options.feedUrl, '10', options.webhookUrl, options.reportUrl]);
    expect(root.querySelector<HTMLInputElement>('#credentials')!.checked).toBe(true);
    expect(root.querySelector<HTMLInputElement>('#poster')!.checked).toBe(false);
    expect(root.querySelector('[role=status]')!.textContent).toBe('設定ファイル「kokkai-settings.json」を読み込みました。内容を確かめて「保存」を押してください (Teams の Webhook URL は変わりません)。');
    expect(onSave).not.toHaveBeenCalled();
  });

  it('names the file and the reason for a wrong file, and leaves the form as it was', async () => {
    const { root, choose, value } = mount();
    await choose('bundle.json', JSON.stringify({ format: 'kokkai-toben-desk/exchange', version: 1 }));
    expect(root.querySelector('[role=status]')!.textContent).toBe('設定ファイル「bundle.json」を読み込めませんでした: このファイルは国会答弁デスクの設定ファイルではありません (format が違います)。');
    expect([value('bureau'), value('feed'), value('refresh')]).toEqual(['', '', '5']);
  });

  it('labels the file input and its export button for screen readers', () => {
    const { root } = mount();
    expect(root.querySelector('input[type=file]')!.getAttribute('aria-label')).toBe('設定ファイルを読み込む');
    expect(root.querySelector('fieldset legend')!.textContent).toBe('配布用の設定ファイル');
  });
});
