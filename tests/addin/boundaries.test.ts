/** The add-in's boundaries are enforced by lint: Excel only in addin/excel/, Office only where the host is detected. */
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: process.cwd() });
async function messagesFor(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return result!.messages.map((m) => m.message);
}

describe('add-in lint boundaries', () => {
  it.each([
    ['addin/components/example.tsx', 'Excel.run(async (c) => c.sync());', 'addin/excel/ だけで使います'],
    ['addin/board/example.ts', 'export const n = () => Excel.run(async () => 1);', 'addin/excel/ だけで使います'],
    ['addin/session/example.ts', 'Office.onReady();', 'addin/platform/detect-host.ts と addin/excel/ だけ'],
    ['addin/app.tsx', 'Office.context.document;', 'addin/platform/detect-host.ts と addin/excel/ だけ'],
  ])('rejects Excel/Office in %s', async (file, code, fragment) => {
    expect((await messagesFor(code, file)).join('\n')).toContain(fragment);
  });

  it('allows them in addin/excel/ and in the host detection', async () => {
    expect(await messagesFor('export const f = () => Excel.run(async (c) => c.sync());', 'addin/excel/example.ts')).toEqual([]);
    expect(await messagesFor('export const f = () => Office.onReady();', 'addin/platform/detect-host.ts')).toEqual([]);
  });
});
