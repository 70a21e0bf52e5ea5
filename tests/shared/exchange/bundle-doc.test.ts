/** @file bundle.md の例: the example in the documentation is a valid bundle (keeps the doc honest). */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseBundle } from '@shared/index';

describe('shared/exchange/bundle.md', () => {
  it('has an example that parseBundle accepts', () => {
    const doc = readFileSync(new URL('../../../shared/exchange/bundle.md', import.meta.url), 'utf8');
    const example = /```json\n([\s\S]+?)\n```/.exec(doc)![1]!;
    const bundle = parseBundle(example);
    expect(bundle.records.assignments.map((r) => [r.id, r.deleted])).toEqual([['as-1', false], ['as-0', true]]);
    expect(bundle.records.releases[0]!.data!.releasedAt).toBe('2026-06-09T19:42:00+09:00');
    expect(bundle.records.jurisdictions.map((r) => r.data)).toEqual([
      { questionKey: 'sangiin-221-37', scope: 'own', role: '取りまとめ' },
      { questionKey: 'sangiin-221-38', scope: 'other', ministry: '国土交通省' },
    ]);
    expect(bundle.records.recalls[0]!.data).toMatchObject({ bureau: 'nenkin', reason: '追加通告', until: null });
    expect(bundle.records.responses.map((r) => r.data!.type)).toEqual(['accept', 'progress']);
  });

  it('reads the same example written as version 1 (without recalls and responses) and as version 2 (without responses), as version 3', () => {
    const doc = readFileSync(new URL('../../../shared/exchange/bundle.md', import.meta.url), 'utf8');
    const v3 = JSON.parse(/```json\n([\s\S]+?)\n```/.exec(doc)![1]!);
    const { recalls: _recalls, responses: _responses, ...v1Records } = v3.records;
    const v1 = parseBundle(JSON.stringify({ ...v3, version: 1, records: v1Records }));
    expect(v1.version).toBe(3);
    expect(v1.records.recalls).toEqual([]);
    expect(v1.records.responses).toEqual([]);
    expect(v1.records.releases).toHaveLength(1);
    const { responses: _r, ...v2Records } = v3.records;
    const v2 = parseBundle(JSON.stringify({ ...v3, version: 2, records: v2Records }));
    expect(v2.version).toBe(3);
    expect(v2.records.recalls).toHaveLength(1);
    expect(v2.records.responses).toEqual([]);
  });
});
