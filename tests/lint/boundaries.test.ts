/** The lint rules that keep shared/ pure really fire (ENGINEERING.md §3). */
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: process.cwd() });
async function messagesFor(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return result!.messages.map((m) => m.message);
}

describe('lint boundaries', () => {
  it.each([
    ['window.alert(1);', 'window'],
    ['document.title = "x";', 'document'],
    ['chrome.runtime.id;', 'chrome'],
    ['Office.onReady();', 'Office'],
    ['Excel.run(async () => {});', 'Excel'],
    ['indexedDB.open("x");', 'indexedDB'],
    ['export const t = Date.now();', '時計は shared/clock.ts だけで読みます'],
    ['export const t = new Date();', '時計は shared/clock.ts だけで読みます'],
    ["import { x } from '../extension/sites/index';", 'shared/ は extension/ を import できません'],
    ["import { h } from 'preact';", 'shared/ は addin/ や UI を import できません'],
  ])('rejects %s in shared/', async (code, fragment) => {
    expect((await messagesFor(code, 'shared/deadline/example.ts')).join('\n')).toContain(fragment);
  });

  it('allows a date built from an argument, and the clock module to read the clock', async () => {
    expect(await messagesFor('export const d = (ms: number) => new Date(ms);', 'shared/dates/example.ts')).toEqual([]);
    expect(await messagesFor('export const t = () => Date.now();', 'shared/clock.ts')).toEqual([]);
  });

  it('allows platform globals outside shared/, but never innerHTML', async () => {
    expect(await messagesFor('export const t = () => window.location.href;', 'extension/platform/example.ts')).toEqual([]);
    expect((await messagesFor('export const f = (el: Element, s: string) => { el.innerHTML = s; };', 'extension/sites/example.ts')).join()).toContain('innerHTML');
  });
});
