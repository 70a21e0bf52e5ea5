/**
 * @file 日付は shared/dates だけで作る: outside shared/dates, no production file casts text to IsoDate or JstInstant,
 * and none slices an instant's text for its date or time (jstDateOf, jstTimeOf, jstStamp … do that). The two
 * exceptions are listed with their reason. A failure names the file and line to change.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/** Allowed, with why. */
const ALLOWED: Record<string, string> = {
  'shared/model/primitives.ts': 'the zod schemas are the parsers of stored and exchanged records',
  'shared/evening/internal/minutes.ts': "the planner's inner loop builds the same text as ymd/fromEpochMs from checked day numbers",
};

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'node_modules' ? [] : sourceFiles(path);
    return /\.tsx?$/.test(name) ? [path] : [];
  });
}

describe('dates are made by parsers', () => {
  it('no cast to IsoDate / JstInstant and no instant slicing outside shared/dates', () => {
    const found: string[] = [];
    for (const file of ['shared', 'extension', 'addin'].flatMap(sourceFiles)) {
      if (file.startsWith('shared/dates/') || ALLOWED[file]) continue;
      readFileSync(file, 'utf8').split('\n').forEach((line, i) => {
        if (/\bas (IsoDate|JstInstant)\b/.test(line) || /\.slice\((0, (10|16)|11, 16)\)/.test(line)) found.push(`${file}:${i + 1}: ${line.trim()}`);
      });
    }
    expect(found).toEqual([]);
  });
});
