/**
 * @file 絞り込みと検索 (FilterBar): 自局 / 全部 / 答弁作成中 / 期限超過 as one radio group (arrow keys move within
 * it, as in every radio group) and a search box over 件名, 提出者 and 問の文.
 */
import { type CardFilter, cardFilterLabels } from './card-filter';

/** Props. 自局 is offered only when my bureau is chosen. */
export interface FilterBarProps {
  filter: CardFilter;
  query: string;
  hasBureau: boolean;
  onFilter: (filter: CardFilter) => void;
  onQuery: (query: string) => void;
}

/** 絞り込みと検索. */
export function FilterBar({ filter, query, hasBureau, onFilter, onQuery }: FilterBarProps) {
  const filters = (Object.keys(cardFilterLabels) as CardFilter[]).filter((f) => f !== 'mine' || hasBureau);
  return (
    <div class="filters">
      <fieldset class="filter">
        <legend class="sr">表示する問と質問</legend>
        {filters.map((f) => (
          <label key={f} class={f === filter ? 'chosen' : ''}>
            <input type="radio" name="card-filter" value={f} checked={f === filter} onChange={() => onFilter(f)} />
            {cardFilterLabels[f]}
          </label>
        ))}
      </fieldset>
      <input type="search" class="search" value={query} placeholder="件名・提出者・問の文で検索" aria-label="件名・提出者・問の文で検索"
        onInput={(e) => onQuery((e.currentTarget as HTMLInputElement).value)} />
    </div>
  );
}
