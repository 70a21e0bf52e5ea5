/** @file ポップアップ画面 (PopupApp): pure Preact view of PopupData; every side effect comes in as a callback. */
import { useMemo, useState } from 'preact/hooks';
import { type JstInstant, jstDateOf, jstTimeOf } from '@shared/dates/jst';
import type { PopupData } from '../../background/feed-popup-data';
import type { ResponseSaveRequest } from '../../platform/messaging';
import { BureauSection } from './bureau-section';
import type { CapturedEdit } from './captured-edit-form';
import { CaptureRunsSection } from './capture-runs-section';
import { CapturedSection } from './captured-section';
import { type CardFilter, cardFilterLabels, capturedMatches, itemMatches, queryWords } from './card-filter';
import { ConflictList } from './conflict-list';
import { DigestPanel } from './digest-panel';
import { FeedStatus } from './feed-status';
import { FilterBar } from './filter-bar';
import type { JurisdictionMark } from './jurisdiction-bar';
import { NoticeSection } from './notice-section';
import { RecallBanner } from './recall-banner';
import { ReportActions } from './report-actions';

/** Callbacks (chrome APIs live in main.tsx). */
export interface PopupActions {
  onRefresh: () => void;
  onOpen: (url: string) => void;
  onOptions: () => void;
  onDownload: () => void;
  onCopy: () => void;
  /** 「修正」 of a captured question: resolves once stored, rejects with the Japanese reason. */
  onEdit: (edit: CapturedEdit) => Promise<unknown>;
  /** 受諾 / 異議 / 進捗 and their 取消: resolve once stored, reject with the Japanese reason. */
  onRespond: (request: ResponseSaveRequest) => Promise<unknown>;
  onRetract: (id: string, by: string) => Promise<unknown>;
  /** 報告: POST now, as a file, to the clipboard. */
  onSendReport: () => void;
  onSaveReport: () => void;
  onCopyReport: () => void;
  /** 「アクセスを許可」 for the feed's site (from the click: the prompt needs a user gesture). */
  onGrant: () => void;
  /** 「この版にする」 in the conflict list. */
  onChoose: (key: string, versionKey: string) => void;
  /** 「再試行」 / 「閉じる」 of a capture run, 「再取得」 / 「問を取得」 of questions: resolve once done, reject with the reason. */
  onRetry: (runId: string) => Promise<unknown>;
  onDismiss: (runId: string) => Promise<unknown>;
  onRefetch: (keys: string[]) => Promise<unknown>;
  /** 当省分 of the selected questions: resolves with the background's sentence. */
  onMark: (mark: JurisdictionMark) => Promise<string>;
}

/** Section heading per filter. */
function headingFor(filter: CardFilter, bureauName: string | undefined): string {
  if (filter === 'mine') return `${bureauName ?? '自局'}の問`;
  return filter === 'all' ? '全局の問' : `${cardFilterLabels[filter]}の問`;
}

/** The popup. `message` is the last action's result (「コピーしました」…). */
/** What the stand-down banner adds when its data is old (standDownFreshness). */
function staleText(asOf: JstInstant | null): string {
  const from = asOf ? `ただし配信データは最終更新 ${jstTimeOf(asOf)} のものです。` : 'ただし配信データをまだ取得できていません。';
  return `${from}その後の呼び戻しはここに出ていない可能性があります。「更新」で確かめてください。`;
}

export function PopupApp({ data, actions, message }: { data: PopupData; actions: PopupActions; message?: string }) {
  // The user's choice; until one is made (and whenever 自局 is chosen but no bureau is set), 自局 when there is a bureau.
  const [chosen, setFilter] = useState<CardFilter | undefined>(undefined);
  const filter: CardFilter = chosen && (chosen !== 'mine' || data.bureau) ? chosen : data.bureau ? 'mine' : 'all';
  const [query, setQuery] = useState('');
  const [digestOpen, setDigestOpen] = useState(true);
  const words = useMemo(() => queryWords(query), [query]);
  const mineRows = data.view?.rows ?? [];
  const rows = useMemo(
    () => (filter === 'mine' ? mineRows : data.allRows).filter((row) => itemMatches(row, filter, words)),
    [data, filter, words],
  );
  const captured = useMemo(() => data.captured.filter((q) => capturedMatches(q, filter, words)), [data, filter, words]);
  const narrowed = filter !== 'all' || words.length > 0;
  return (
    <main class="popup">
      <header>
        <h1>国会答弁デスク{data.bureau ? ` — ${data.bureau.name}` : ''}</h1>
        <button type="button" onClick={actions.onRefresh}>更新</button>
        <button type="button" onClick={actions.onOptions}>設定</button>
      </header>
      <FeedStatus data={data} onGrant={actions.onGrant} />
      {data.view && <RecallBanner view={data.view} />}
      {data.page && <p class={data.page.capturable ? 'page-status' : 'page-status no'} role="status">{data.page.message}</p>}
      <CaptureRunsSection runs={data.runs} onRetry={actions.onRetry} onDismiss={actions.onDismiss} />
      {data.view?.release && (
        <p class="banner" role="status">
          本日の待機は解除されました ({jstTimeOf(data.view.release.releasedAt)})
          {data.staleStandDown && (
            <span class="stale">{staleText(data.staleStandDown.asOf)}</span>
          )}
        </p>
      )}
      {data.digest && digestOpen && <DigestPanel digest={data.digest} onClose={() => setDigestOpen(false)} />}
      <ConflictList conflicts={data.conflictList} total={data.conflicts} onChoose={actions.onChoose} />
      {data.teams && !data.teams.ok && <p class="notice">{data.teams.message}</p>}
      <FilterBar filter={filter} query={query} hasBureau={!!data.bureau} onFilter={setFilter} onQuery={setQuery} />
      {!data.bureau && <p class="empty">自局が未設定です。「設定」で局を選ぶと、割り振られた問と締切が表示され、回答できます。</p>}
      <BureauSection
        label={filter === 'mine' ? '自局の問' : '問の一覧'} heading={headingFor(filter, data.bureau?.name)} rows={rows} now={data.now}
        bureaus={data.bureaus} mine={data.bureau} editor={data.editor} onOpen={actions.onOpen} onRespond={actions.onRespond} onRetract={actions.onRetract}
        empty={narrowed && (filter === 'mine' ? mineRows : data.allRows).length > 0 ? '条件に合う問はありません。' : '割り振られた問はありません。'}
      />
      {data.bureau && <ReportActions report={data.report} onSend={actions.onSendReport} onSave={actions.onSaveReport} onCopy={actions.onCopyReport} />}
      <NoticeSection rows={data.notices} today={jstDateOf(data.now)} onOpen={actions.onOpen} />
      <CapturedSection rows={captured} now={data.now} editor={data.editor} onOpen={actions.onOpen} onEdit={actions.onEdit}
        onRefetch={actions.onRefetch} onMark={actions.onMark} />
      {captured.length < data.captured.length && (
        <p class="empty">取り込んだ質問主意書 {data.captured.length} 件のうち、{cardFilterLabels[filter]}{words.length > 0 ? '・検索' : ''}に合う {captured.length} 件を表示しています。</p>
      )}
      <div class="actions">
        <button type="button" onClick={actions.onDownload}>Excel 用バンドルを保存</button>
        <button type="button" onClick={actions.onCopy}>バンドルをコピー</button>
      </div>
      {message && <p class="feed" role="status">{message}</p>}
    </main>
  );
}
