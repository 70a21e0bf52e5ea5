/**
 * @file 内部: レク枠への割当て — each scheduled 問, in the order it was served, takes the earliest evening slot
 * (minister available, room left) starting at or after its 局長了 + briefing lead; otherwise the morning slot;
 * otherwise none, with the reason. 問 without a fixed owner get `ownerNotFixed`.
 */
import { eveningMessages as msg } from '../evening-messages';
import type { EveningRules } from '../evening-rules';
import type { EveningSlotInput } from '../evening-types';
import type { CoreItem, CoreSlot, Warnings } from './core-types';
import { toMin } from './minutes';

/** All slots (by start), and the usable evening and morning ones. */
export interface PlacedSlots {
  slots: CoreSlot[];
  evening: CoreSlot[];
  morning: CoreSlot[];
}

/** The slots of the input without duplicates, sorted by start then id; warns about slots ending after the sitting. */
export function slotList(inputs: readonly EveningSlotInput[], sittingStart: number, warnings: Warnings): CoreSlot[] {
  const out: CoreSlot[] = [];
  const ids = new Set<string>();
  for (const s of inputs) {
    if (ids.has(s.id)) { warnings.add(msg.duplicateSlot(s.id)); continue; }
    ids.add(s.id);
    out.push({ s, start: toMin(s.startAt), used: [] });
    if (toMin(s.endAt) > sittingStart) warnings.add(msg.slotAfterSitting(s.label));
  }
  return out.sort((a, b) => a.start - b.start || (a.s.id < b.s.id ? -1 : a.s.id > b.s.id ? 1 : 0));
}

/**
 * Places the scheduled 問 first come, first served and marks the unowned ones.
 * @example placeSlots(scheduled, items, slots, rules).evening[0].used //=> ['n1#問1', 'n1#問2']
 */
export function placeSlots(scheduled: readonly CoreItem[], items: readonly CoreItem[], slots: CoreSlot[], rules: EveningRules): PlacedSlots {
  const usable = (kind: 'evening' | 'morning') => slots.filter((x) => x.s.kind === kind && x.s.ministerAvailable && x.s.capacity > 0);
  const evening = usable('evening');
  const morning = usable('morning');
  const lastEvening = evening[evening.length - 1];
  for (const item of scheduled) {
    const need = item.director + rules.briefingLeadMinutes;
    const fits = (x: CoreSlot) => x.start >= need && x.used.length < x.s.capacity;
    const ev = evening.find(fits);
    if (ev) { ev.used.push(item.itemId); item.slot = ev; continue; }
    item.eveningWhy = !lastEvening ? 'noEveningSlot' : need > lastEvening.start ? 'tooLateForEvening' : 'eveningFull';
    const mo = morning.find(fits);
    if (mo) { mo.used.push(item.itemId); item.slot = mo; item.reason = item.eveningWhy; continue; }
    item.reason = 'missesMorning';
  }
  for (const item of items) if (!item.writer) item.reason = 'ownerNotFixed';
  return { slots, evening, morning };
}
