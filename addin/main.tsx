/**
 * @file 作業ウィンドウの起動 (task pane entry): Office.onReady → the Excel workbook, or the in-memory
 * preview workbook outside Office → the session → <App />. `?demo=1` (preview only) loads the demo bundle
 * made from saved real pages and runs 「ブックを準備」 and its import; `?now=` starts the clock there.
 */
import { type Clock, type ExchangeBundle, systemClock } from '@shared/index';
import { render } from 'preact';
import { App } from './app';
import { createExcelWorkbook } from './excel/excel-workbook';
import { detectHost } from './platform/detect-host';
import { loadDemoBundle } from './platform/load-demo-bundle';
import { pageOptions } from './platform/page-options';
import { shiftedClock } from './platform/shifted-clock';
import { createPreviewWorkbook } from './preview/preview-workbook';
import { createBoardSession } from './session/board-session';

const root = document.getElementById('app')!;
const host = await detectHost();
const options = pageOptions(location.search);
let demo: ExchangeBundle | undefined;
if (options.demo && host.kind === 'preview') {
  try {
    demo = await loadDemoBundle();
  } catch (error) {
    console.error(error);
  }
}
const start = options.now ?? demo?.producedAt;
const clock: Clock = start ? shiftedClock(start) : systemClock;
const session = createBoardSession(host.kind === 'excel' ? createExcelWorkbook() : createPreviewWorkbook(), clock);
root.replaceChildren(); // the 「起動しています…」 placeholder
render(<App host={host} session={session} demo={demo} />, root);
await session.start();
if (demo) {
  await session.prepare();
  await session.importBundle(demo, 'デモデータ');
}
