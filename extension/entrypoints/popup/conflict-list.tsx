/**
 * @file 競合の一覧 (ConflictList): records that came in at the same 版 with different content, each with every
 * version in words; the user picks one and 「この版にする」 saves it as a new edit above them all
 * (applyConflictChoice in the background). The add-in cannot see these: they live in this browser.
 */
import { useState } from 'preact/hooks';
import type { PopupConflict } from '../../background/popup-extras';

function ConflictItem({ conflict, onChoose }: { conflict: PopupConflict; onChoose: (key: string, versionKey: string) => void }) {
  const [chosen, setChosen] = useState(conflict.versions[0]?.versionKey ?? '');
  return (
    <li>
      <fieldset>
        <legend>{conflict.label}</legend>
        {conflict.versions.map((v) => (
          <label key={v.versionKey} class="version">
            <input type="radio" name={`conflict-${conflict.key}`} value={v.versionKey} checked={chosen === v.versionKey} onChange={() => setChosen(v.versionKey)} />
            {v.source}: {v.summary}
          </label>
        ))}
        <button type="button" onClick={() => onChoose(conflict.key, chosen)}>この版にする</button>
      </fieldset>
    </li>
  );
}

/** 競合の一覧; `total` may exceed the listed ones. */
export function ConflictList({ conflicts, total, onChoose }: { conflicts: PopupConflict[]; total: number; onChoose: (key: string, versionKey: string) => void }) {
  if (total === 0) return null;
  return (
    <section class="conflicts" aria-label="競合">
      <h2>競合 ({total} 件)</h2>
      <p class="hint">同じ版で内容の違う記録が届きました。正しい版を選んでください (選ぶまで、新しい方を表示しています)。</p>
      <ul class="rows">{conflicts.map((c) => <ConflictItem key={c.key} conflict={c} onChoose={onChoose} />)}</ul>
      {total > conflicts.length && <p>ほか {total - conflicts.length} 件 (選ぶと次が表示されます)</p>}
    </section>
  );
}
