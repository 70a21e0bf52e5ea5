/** @file アドインの名前付きエラー: each carries a Japanese message for the task pane. */

/** ブック未準備: a table the board needs is missing; 「ブックを準備」 fixes it. */
export class BoardNotPreparedError extends Error {
  override readonly name = 'BoardNotPreparedError';
  constructor(message: string, readonly missing: string[]) {
    super(message);
  }
}

/** 列の変更: a table's header row changed between the read and the write; nothing was written. */
export class TableLayoutChangedError extends Error {
  override readonly name = 'TableLayoutChangedError';
  constructor(message: string, readonly table: string) {
    super(message);
  }
}

/** Excel の制約: the host lacks a required API set or refused an operation. */
export class ExcelHostError extends Error {
  override readonly name = 'ExcelHostError';
}
