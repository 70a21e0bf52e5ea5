/**
 * @file npm run bench: runs every tests/bench/*.bench.ts case and prints a table
 * (operation, size, median, target, ok/over). Writes tests/.reports/bench.json too.
 */
import 'fake-indexeddb/auto';
import { mkdirSync, writeFileSync } from 'node:fs';
import type { BenchCase } from './bench-case';

const modules = import.meta.glob<{ default: BenchCase[] }>('./*.bench.ts', { eager: true });

async function measure(c: BenchCase): Promise<number> {
  const state = await c.setup?.();
  await c.run(state); // warm-up
  const times: number[] = [];
  for (let i = 0; i < (c.iterations ?? 15); i++) {
    const s = c.setup && i > 0 ? await c.setup() : state;
    const t0 = performance.now();
    await c.run(s);
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}

const rows: { operation: string; size: string; medianMs: number; targetMs: number; ok: boolean }[] = [];
for (const [file, mod] of Object.entries(modules).sort(([a], [b]) => a.localeCompare(b))) {
  for (const c of mod.default) {
    const medianMs = await measure(c);
    rows.push({ operation: c.operation, size: c.size, medianMs, targetMs: c.targetMs, ok: medianMs <= c.targetMs });
    process.stderr.write(`  measured ${file}: ${c.operation}\n`);
  }
}
const header = ['operation', 'size', 'median', 'target', 'result'];
const table = rows.map((r) => [r.operation, r.size, `${r.medianMs.toFixed(2)} ms`, `< ${r.targetMs} ms`, r.ok ? 'ok' : 'over']);
const widths = header.map((h, i) => Math.max(h.length, ...table.map((t) => t[i]!.length)));
const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
console.log(line(header));
console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
for (const t of table) console.log(line(t));
mkdirSync('tests/.reports', { recursive: true });
writeFileSync('tests/.reports/bench.json', JSON.stringify(rows, null, 2));
