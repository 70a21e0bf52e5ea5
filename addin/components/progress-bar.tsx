/** @file 進捗表示 (ProgressBar): the running operation and, on long writes, how many rows are written. */
import type { BatchProgress } from '../board/sheet/board-workbook';

/** Shows `label` and a bar when `progress` is known. */
export function ProgressBar({ label, progress }: { label: string; progress?: BatchProgress }) {
  const percent = progress && progress.total > 0 ? Math.round((progress.done / progress.total) * 100) : undefined;
  return (
    <div class="progress" role="status" aria-live="polite">
      <span class="spinner" aria-hidden="true" />
      <span>{label}…{percent !== undefined && ` ${progress!.done.toLocaleString('ja-JP')} / ${progress!.total.toLocaleString('ja-JP')} 行 (${percent}%)`}</span>
      {percent !== undefined && <progress max={100} value={percent} aria-label="進捗" />}
    </div>
  );
}
