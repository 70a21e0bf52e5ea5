/** @file ファイルに保存 (saveTextFile): offers text as a download — works in the task pane and in a plain browser. */

/**
 * Saves `text` as `fileName` (UTF-8 JSON) through the browser's download.
 * @example saveTextFile('kokkai-assign-202603021005-r3.json', text)
 */
export function saveTextFile(fileName: string, text: string, type = 'application/json'): void {
  const url = URL.createObjectURL(new Blob([text], { type: `${type};charset=utf-8` }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  // Revoke later: some hosts (Excel's webview) start the download asynchronously.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
