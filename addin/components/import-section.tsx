/**
 * @file 質問の取り込み (ImportSection): an exchange bundle from a file (made by the extension) or pasted
 * JSON. The component only hands the file or text up; reading and validation happen in the session.
 */
import { useState } from 'preact/hooks';
import type { ImportReport } from '../board/ops/import-report';
import type { ReportImportResult } from '../board/ops/plan-import-report';
import { ImportReportView } from './import-report-view';
import { ReportResultView } from './report-result-view';

/** Props. `onDemo` is present only in the demo (?demo=1). */
export function ImportSection({ disabled, report, bureauReport, onFile, onText, onDemo }: {
  disabled: boolean; report?: ImportReport; bureauReport?: ReportImportResult; onFile: (file: File) => void; onText: (text: string) => void; onDemo?: () => void;
}) {
  const [text, setText] = useState('');
  return (
    <section aria-labelledby="import-h">
      <h2 id="import-h">2. 質問を取り込む</h2>
      <p class="hint">拡張機能の「Excel 用バンドルを保存」で作ったファイルを選ぶか、その内容を貼り付けます。同じ質問は上書きされ、割振り・期限上書き・備考は残ります。局の「報告」(受諾・異議・進捗) も同じように読み込めます。</p>
      {/* The native file input is hidden: its own button text follows the browser's language, not ours. */}
      <label class={disabled ? 'file-button disabled' : 'file-button'}>
        <input type="file" class="sr" accept=".json,application/json" disabled={disabled} aria-label="バンドルファイルを選ぶ"
          onChange={(e) => {
            const input = e.currentTarget;
            const file = input.files?.[0];
            if (file) onFile(file);
            input.value = '';
          }} />
        <span aria-hidden="true">バンドルファイル (.json) を選ぶ…</span>
      </label>
      <label class="paste">
        <span>または JSON を貼り付け</span>
        <textarea rows={3} value={text} disabled={disabled} placeholder='{"format": "kokkai-toben-desk/exchange", …}' aria-label="バンドルの JSON"
          onInput={(e) => setText(e.currentTarget.value)} />
      </label>
      <div class="actions">
        <button type="button" disabled={disabled || text.trim() === ''} onClick={() => { onText(text); setText(''); }}>貼り付けた内容を取り込む</button>
        {onDemo && <button type="button" disabled={disabled} onClick={onDemo}>デモデータを取り込む</button>}
      </div>
      {report && <ImportReportView report={report} />}
      {bureauReport && <ReportResultView result={bureauReport} />}
    </section>
  );
}
