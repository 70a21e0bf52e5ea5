/**
 * The committed demo bundle (addin/public/demo-bundle.json, made by tests/tools/make-demo-bundle.ts from the
 * saved real pages with scrapePage) is a valid bundle, consistent with its own moment, and says where each
 * record came from.
 */
import { readFileSync } from 'node:fs';
import { parseBundle } from '@shared/index';
import { describe, expect, it } from 'vitest';

const bundle = parseBundle(readFileSync(new URL('../../addin/public/demo-bundle.json', import.meta.url), 'utf8'));
const question = (id: string) => bundle.records.questions.find((q) => q.id === id)!.data!;

describe('demo bundle', () => {
  it('holds the demo moment and the six questions of the saved pages and dataset', () => {
    expect(bundle.producedAt).toBe('2026-03-02T10:00:00+09:00');
    expect(bundle.records.questions.map((q) => q.id)).toEqual(['sangiin-219-95', 'sangiin-221-1', 'sangiin-221-2', 'sangiin-221-3', 'sangiin-221-4', 'shugiin-221-1']);
  });

  it('has 衆議院221 No.1 as its saved 経過 page shows it on that morning (答弁 3/3 not yet)', () => {
    expect(question('shugiin-221-1')).toMatchObject({ title: '行き過ぎた緊縮志向に関する質問主意書', submittedOn: '2026-02-19', transferredOn: '2026-02-25', faction: '無所属' });
    expect(question('shugiin-221-1').answeredOn).toBeUndefined();
    expect(question('shugiin-221-1').provenance.map((p) => p.adapterId)).toEqual(['shugiin/question-progress']);
  });

  it('never states a fact dated after its moment', () => {
    for (const { data } of bundle.records.questions) {
      for (const date of [data!.submittedOn, data!.transferredOn, data!.answeredOn, ...data!.extensions.map((e) => e.noticeReceivedOn)]) {
        if (date) expect(date <= '2026-03-02').toBe(true);
      }
    }
  });

  it('carries the 問 of 参議院219 No.95 and the 内部締切 of the open, transferred questions', () => {
    expect(bundle.records.items.map((i) => i.id)).toEqual(['sangiin-219-95#一', 'sangiin-219-95#二']);
    expect(new Set(bundle.records.milestones.map((m) => m.data!.questionKey))).toEqual(new Set(['shugiin-221-1', 'sangiin-221-1', 'sangiin-221-2', 'sangiin-221-3']));
  });
});
