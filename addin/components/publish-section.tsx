/**
 * @file 配信 (PublishSection): 「配信データを出力」 writes the assignment bundle bureaus' extensions read;
 * the coordinator saves it as a file (or copies it) for the shared folder or feed URL.
 */
import { formatWarekiDateTime } from '@shared/index';
import type { PublishResult } from '../session/board-session';

/** Props: the last publish, the actions, and whether the copy succeeded. */
export function PublishSection({ published, disabled, copied, onPublish, onSave, onCopy }: {
  published?: PublishResult; disabled: boolean; copied: boolean; onPublish: () => void; onSave: () => void; onCopy: () => void;
}) {
  return (
    <section aria-labelledby="publish-h">
      <h2 id="publish-h">5. 配信データを出力</h2>
      <p class="hint">確認が必要な行を除いた割振りと内部締切、夕方レク枠、確定した待機解除を、版と日時つきのバンドルにします。各局の拡張機能がこれを読みます。</p>
      <button type="button" class="primary" disabled={disabled} onClick={onPublish}>配信データを出力</button>
      {published && (
        <div class="published" aria-label="配信データ">
          <p class="result">
            版 {published.revision}・{formatWarekiDateTime(published.producedAt)}: 質問 {published.counts.questions} 件、割振り {published.counts.assignments} 件、締切 {published.counts.milestones} 件、夕方レク枠 {published.counts.slots} 件、待機解除 {published.counts.releases} 件
            (今回の変更: 割振り 新規 {published.assignments.created}・変更 {published.assignments.changed}・削除 {published.assignments.deleted})
          </p>
          {published.skipped.length > 0 && <p class="bad">確認が必要な {published.skipped.length} 行は配信していません。</p>}
          <div class="actions">
            <button type="button" onClick={onSave}>ファイルに保存 ({published.fileName})</button>
            <button type="button" onClick={onCopy}>{copied ? 'コピーしました' : 'クリップボードにコピー'}</button>
          </div>
        </div>
      )}
    </section>
  );
}
