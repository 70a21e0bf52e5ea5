/**
 * @file 内部: binary min-heap of drafting steps by (ready, insertion order), so steps are served first come,
 * first served with deterministic ties.
 */
import type { Role } from '../../model/assignment';
import type { CoreHelper, CoreItem } from './core-types';

/** One step waiting for a drafter. */
export interface Task {
  ready: number;
  seq: number;
  item: CoreItem;
  helper: CoreHelper;
  role: Role;
}

export class TaskHeap {
  private readonly tasks: Task[] = [];
  private seq = 0;

  push(ready: number, item: CoreItem, helper: CoreHelper, role: Role): void {
    const a = this.tasks;
    a.push({ ready, seq: this.seq++, item, helper, role });
    let i = a.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!before(a[i]!, a[parent]!)) break;
      [a[i], a[parent]] = [a[parent]!, a[i]!];
      i = parent;
    }
  }

  pop(): Task | undefined {
    const a = this.tasks;
    const top = a[0];
    const last = a.pop();
    if (a.length > 0 && last) {
      a[0] = last;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < a.length && before(a[l]!, a[m]!)) m = l;
        if (r < a.length && before(a[r]!, a[m]!)) m = r;
        if (m === i) break;
        [a[i], a[m]] = [a[m]!, a[i]!];
        i = m;
      }
    }
    return top;
  }
}

function before(x: Task, y: Task): boolean {
  return x.ready < y.ready || (x.ready === y.ready && x.seq < y.seq);
}
