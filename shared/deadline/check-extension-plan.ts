/**
 * @file 延期の確認 (checkExtensionPlan): the proposed 延期, the coordinator's confirmation and the 延期 notes captured from
 * the 明細 (参議院) or 経過 (衆議院) pages, read together: a captured notice confirms the plan or corrects it. Pure.
 */
import type { IsoDate } from '../dates/iso-date';
import { shortDate } from '../dates/short-date';
import type { ExtensionNotice } from '../model/written-question';

/** 延期の状態. */
export type ExtensionPlanState = 'none' | 'proposed' | 'confirmed' | 'noticed' | 'corrected' | 'unplanned';

export const extensionPlanStateLabels: Record<ExtensionPlanState, string> = {
  none: '',
  proposed: '延期案',
  confirmed: '延期確定 (通知待ち)',
  noticed: '延期通知済み',
  corrected: '延期通知 (期限訂正)',
  unplanned: '延期通知 (予測外)',
};

/** The state, the answer date it implies (null = no 延期), and a Japanese line for the 注意 column. */
export interface ExtensionPlanCheck {
  state: ExtensionPlanState;
  label: string;
  /** 延期後の答弁期限: the captured one wins over the confirmed one, which wins over the proposal (not used until confirmed). */
  extendedUntil: IsoDate | null;
  message: string;
}

/**
 * Reads proposal, confirmation and captured notices together.
 * @example checkExtensionPlan({ proposedUntil: '2025-06-27', confirmedUntil: '2025-06-27', captured: [{ noticeReceivedOn: '2025-06-24', extendedUntil: '2025-07-01' }] }).state //=> 'corrected'
 */
export function checkExtensionPlan(input: { proposedUntil?: IsoDate | null; confirmedUntil?: IsoDate | null; captured: readonly ExtensionNotice[] }): ExtensionPlanCheck {
  const latest = [...input.captured].sort((a, b) => (a.extendedUntil < b.extendedUntil ? -1 : 1)).at(-1);
  const planned = input.confirmedUntil ?? null;
  const make = (state: ExtensionPlanState, extendedUntil: IsoDate | null, message: string): ExtensionPlanCheck =>
    ({ state, label: extensionPlanStateLabels[state], extendedUntil, message });
  if (latest) {
    const noticed = `延期通知 ${shortDate(latest.noticeReceivedOn)} 受領、${shortDate(latest.extendedUntil)} まで答弁延期 (取り込んだページより)`;
    if (planned && planned !== latest.extendedUntil) return make('corrected', latest.extendedUntil, `${noticed}。確定していた期限 ${shortDate(planned)} を訂正しました。`);
    if (planned || input.proposedUntil) return make('noticed', latest.extendedUntil, `${noticed}。`);
    return make('unplanned', latest.extendedUntil, `${noticed}。延期は予測していませんでした。`);
  }
  if (planned) return make('confirmed', planned, `延期 (${shortDate(planned)} まで) を確定しました。明細・経過ページの延期通知で確認します。`);
  if (input.proposedUntil) return make('proposed', null, `延期の提案: ${shortDate(input.proposedUntil)} まで。よければ「延期確定」に ○ を入れてください。`);
  return make('none', null, '');
}
