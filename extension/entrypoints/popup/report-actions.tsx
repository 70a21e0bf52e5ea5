/**
 * @file 報告を送る (ReportActions): my bureau's responses back to the coordinator — POST to the ministry's report
 * URL when one is set, else (and always possible) a file or the clipboard for the add-in's 取り込み — with the last
 * send's time or why it failed.
 */
import { jstTimeOf } from '@shared/dates/jst';
import type { PopupData } from '../../background/feed-popup-data';

/** Props. */
export interface ReportActionsProps {
  report: PopupData['report'];
  onSend: () => void;
  onSave: () => void;
  onCopy: () => void;
}

/** 報告を送る. */
export function ReportActions({ report: { url, state }, onSend, onSave, onCopy }: ReportActionsProps) {
  return (
    <section class="report" aria-label="報告を送る">
      <h2>報告を送る (受諾・異議・進捗)</h2>
      {state.error ? <p class="notice">{state.error}</p>
        : state.sentAt ? <p class="feed">最終送信 {jstTimeOf(state.sentAt)}{state.pending ? ' (未送信の回答があります)' : ''}</p>
        : state.pending ? <p class="feed">未送信の回答があります。</p> : null}
      <div class="actions">
        {url && <button type="button" onClick={onSend}>報告を送る</button>}
        <button type="button" onClick={onSave}>報告をファイルに保存</button>
        <button type="button" onClick={onCopy}>報告をコピー</button>
      </div>
    </section>
  );
}
