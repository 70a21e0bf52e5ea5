/**
 * @file 朝のまとめ (DigestPanel): at the first open of the day, what changed for my bureau since the last day —
 * new 割振り, 割振り taken away, changed deadlines — and today's counts, until 「閉じる」.
 */
import type { PopupDigest } from '../../background/popup-extras';

/** How many changes of one kind are listed (the rest are counted). */
const LISTED = 10;

/** Changes of one kind, at most LISTED listed. */
function Changes({ title, items }: { title: string; items: { assignmentId: string; text: string }[] }) {
  if (items.length === 0) return null;
  return (
    <>
      <h3>{title} ({items.length} 件)</h3>
      <ul>{items.slice(0, LISTED).map((c) => <li key={c.assignmentId}>{c.text}</li>)}</ul>
      {items.length > LISTED && <p>ほか {items.length - LISTED} 件</p>}
    </>
  );
}

/** 朝のまとめ. */
export function DigestPanel({ digest: { heading, digest }, onClose }: { digest: PopupDigest; onClose: () => void }) {
  const nothing = digest.since !== undefined && digest.added.length + digest.removed.length + digest.dueChanged.length === 0;
  return (
    <section class="digest" aria-label="朝のまとめ">
      <h2>{heading}</h2>
      <p>本日締切 {digest.dueToday} 件 ・期限超過 {digest.overdue} 件 ・未受諾 {digest.notAccepted} 件</p>
      {nothing && <p>前回から自局の割振りと締切に変更はありません。</p>}
      <Changes title="新しい割振り" items={digest.added} />
      <Changes title="外れた割振り" items={digest.removed} />
      <Changes title="締切の変更" items={digest.dueChanged} />
      <button type="button" onClick={onClose}>まとめを閉じる</button>
    </section>
  );
}
