/** @file 名前付きエラー: the core's named errors, each carrying a Japanese message for the user. */

/** 日付エラー: a date text that cannot be read or does not exist. */
export class DateParseError extends Error {
  override readonly name = 'DateParseError';
  constructor(message: string, readonly input: string) {
    super(message);
  }
}

/** 暦範囲エラー: a computation outside the calendar data's range. */
export class CalendarRangeError extends Error {
  override readonly name = 'CalendarRangeError';
}

/** データベース使用中エラー: an upgrade is blocked by a connection in another tab that does not close. */
export class DatabaseBlockedError extends Error {
  override readonly name = 'DatabaseBlockedError';
}

/** 入力検証エラー: a record or bundle that failed validation; nothing was written. */
export class ValidationError extends Error {
  override readonly name = 'ValidationError';
  constructor(message: string, readonly issues: string[] = []) {
    super(message);
  }
}
