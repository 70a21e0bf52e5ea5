/** @file 事後検証ファイルの利用者向けメッセージ (Japanese errors for a bad replay file). */
export const replayMessages = {
  badJson: (detail: string) => `事後検証ファイルが JSON として読み取れません (${detail})。`,
  invalid: (issues: readonly string[]) => `事後検証ファイルが正しくありません: ${issues.join(' / ')}`,
  issue: (path: string, message: string) => `${path}: ${message}`,
  unknownBureau: (where: string, name: string) => `${where}: 局「${name}」が bureaus にありません`,
  unknownSitting: (where: string, id: string) => `${where}: 開会「${id}」がそれまでの sittings・sitting イベントにありません`,
  unknownItem: (where: string, key: string) => `${where}: 問「${key}」はそれまでの notice イベントで通告されていません`,
  duplicateItem: (where: string, key: string, first: string) => `${where}: 問「${key}」は ${first} で通告済みです`,
  roleWithoutBureau: (where: string, label: string) => `${where}: 問「${label}」に役割だけがあり局がありません`,
  afterUntil: (where: string) => `${where}: until より後のイベントです`,
  lectureEndsBeforeStart: (where: string) => `${where}: レクの終了が開始より前です`,
  otherStandbyDay: (where: string, id: string, date: string, day: string, file: string) =>
    `${where}: 開会「${id}」(${date}) の待機日は ${day} で、standbyDay ${file} と違います`,
} as const;
