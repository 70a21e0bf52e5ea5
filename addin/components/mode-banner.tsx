/** @file 動作モードの表示 (ModeBanner): プレビュー outside Excel (nothing is saved), or connected to Excel. */

/**
 * Props: the host kind, why preview (if so), and the demo's moment when the demo data is shown (its 質問通告 is a
 * made-up sample: notices are on no Diet page, see tests/tools/make-demo-bundle.ts).
 */
export function ModeBanner({ kind, reason, demoAt }: { kind: 'excel' | 'preview'; reason: string; demoAt?: string }) {
  if (kind === 'excel') return <p class="mode-line"><span class="mode excel">Excel</span> 開いているブックに書き込みます。</p>;
  return (
    <div class="mode-line preview-note">
      <span class="mode preview">プレビュー</span>
      <span>{reason} 左のシートはこのページの中だけのもので、保存されません。</span>
      {demoAt && <span class="demo-at">デモ: {demoAt} 時点の実データ (質問通告は架空のサンプル)</span>}
    </div>
  );
}
