/**
 * @file ページの指定 (pageOptions): the task pane's URL parameters — `demo=1` (the demo bundle made from
 * saved real pages, outside Excel only) and `now=<JST instant>` (start the pane's clock at that moment,
 * for demos and end-to-end tests). Unreadable values are ignored.
 */
import { type JstInstant, toJst } from '@shared/index';

/** 指定. */
export interface PageOptions {
  demo: boolean;
  /** Clock start (JST instant), when given. */
  now?: JstInstant;
}

/**
 * @example pageOptions('?demo=1') //=> { demo: true }
 * @example pageOptions('?now=2026-03-02T10:00:00%2B09:00').now //=> '2026-03-02T10:00:00+09:00'
 */
export function pageOptions(search: string): PageOptions {
  const params = new URLSearchParams(search);
  const options: PageOptions = { demo: params.get('demo') === '1' };
  const now = params.get('now');
  if (now) {
    try {
      options.now = toJst(now);
    } catch {
      // Not an instant: keep the real clock.
    }
  }
  return options;
}
