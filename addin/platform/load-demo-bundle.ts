/**
 * @file デモデータの読み込み (loadDemoBundle): fetches demo-bundle.json next to the task pane (built from the
 * saved real pages by tests/tools/make-demo-bundle.ts) and validates it like any bundle.
 */
import { type ExchangeBundle, parseBundle } from '@shared/index';

/** @example const bundle = await loadDemoBundle(); bundle.producedAt //=> '2026-03-02T10:00:00+09:00' */
export async function loadDemoBundle(url = './demo-bundle.json'): Promise<ExchangeBundle> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`デモデータを読み込めませんでした (HTTP ${response.status})。`);
  return parseBundle(await response.text());
}
