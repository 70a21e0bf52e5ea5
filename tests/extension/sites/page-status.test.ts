/** @file dietPageStatus: what the popup says about the tab it was opened on (capturable, or why not and what to open). */
import { describe, expect, it } from 'vitest';
import { dietPageStatus } from '../../../extension/sites/page-status';

const SHU = 'https://www.shugiin.go.jp/internet/itdb_shitsumon.nsf/html/shitsumon/';
const SAN = 'https://www.sangiin.go.jp/japanese/joho1/kousei/syuisyo/';

describe('dietPageStatus', () => {
  it('a page an adapter reads is capturable, with the button to press', () => {
    expect(dietPageStatus(`${SHU}kaiji221_l.htm`)).toEqual({ capturable: true, message: 'このページ (衆議院 質問の一覧) は取り込めます。ページ右下の「この一覧を取り込む」を押してください。' });
    expect(dietPageStatus(`${SAN}221/meisai/m221001.htm`)).toMatchObject({ capturable: true, message: expect.stringContaining('「この質問を取り込む」') });
  });

  it('other Diet pages say why there is no button and what to open instead', () => {
    expect(dietPageStatus(`${SHU}menu_m.htm`)).toEqual({ capturable: false, message: 'このページは回次を選ぶメニューです。回次を選んで「質問の一覧」を開くと取り込めます。' });
    expect(dietPageStatus(`${SAN}221/syup/s221001.pdf`)?.message).toMatch(/^PDF のページは取り込めません。/);
    expect(dietPageStatus('https://www.sangiin.go.jp/japanese/index.html')?.message)
      .toBe('このページ (参議院) には取り込める質問主意書がありません。参議院の「質問主意書・答弁書一覧」(…/kousei/syuisyo/{回次}/syuisyo.htm)を開いてください。');
    expect(dietPageStatus(`http://www.shugiin.go.jp/internet/itdb_shitsumon.nsf/html/shitsumon/kaiji221_l.htm`))
      .toMatchObject({ capturable: false, message: expect.stringContaining('https:// に変えて開き直してください') });
  });

  it('says nothing about pages off the two Diet sites', () => {
    expect(dietPageStatus('https://www.mhlw.go.jp/')).toBeNull();
    expect(dietPageStatus(undefined)).toBeNull();
    expect(dietPageStatus('chrome-extension://abc/popup.html')).toBeNull();
  });
});
