/** @file 「ブックを準備」 (PrepareSection): creates the board's sheets and tables, and says what it did. */
import type { PrepareReport } from '../board/sheet/board-workbook';

/** Props: whether the workbook is prepared (null = not known yet), the last report, and the action. */
export function PrepareSection({ prepared, report, disabled, onPrepare }: {
  prepared: boolean | null; report?: PrepareReport; disabled: boolean; onPrepare: () => void;
}) {
  return (
    <section aria-labelledby="prepare-h">
      <h2 id="prepare-h">1. ブックを準備</h2>
      {prepared === false && <p class="hint">このブックにはまだ割振り用の表がありません。まず「ブックを準備」を押してください。</p>}
      <button type="button" class="primary" disabled={disabled} onClick={onPrepare}>ブックを準備</button>
      {report && (
        <p class="result">
          {report.createdTables.length > 0 ? `作成: ${report.createdSheets.join('・') || '(シートは既存)'} シート、表 ${report.createdTables.length} 個。` : '表はすべてそろっています。'}
          {report.keptTables.length > 0 && ` 既存の表 ${report.keptTables.length} 個はそのまま (入力規則・書式を設定し直しました)。`}
          {report.addedColumns.length > 0 && ` 足りない列を追加: ${report.addedColumns.join('、')}。`}
        </p>
      )}
    </section>
  );
}
