/** @file 作業ウィンドウの起動 (task pane entry): Office.onReady → the Excel or preview workbook → <App />. Thin. */
import { render } from 'preact';
import { App } from './app';
import { detectHost } from './platform/detect-host';

const host = await detectHost();
render(<App host={host} />, document.getElementById('app')!);
