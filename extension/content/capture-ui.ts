/**
 * @file 取込みボタンと通知 (mountCaptureUi): the in-page button 「この一覧を取り込む」 and its result toast,
 * inside a shadow root so the Diet page's CSS cannot restyle it and ours cannot leak out. Built with DOM
 * calls and textContent only — page data never goes through innerHTML.
 */

/** Failures of one reason in a toast: the reason, the pages, and what to do. */
export interface ToastGroup {
  title: string;
  items: readonly string[];
  advice: string;
}

/** A toast: a title line, detail lines, failure groups, an optional action button, and its tone. */
export interface Toast {
  kind: 'info' | 'ok' | 'warn' | 'error';
  title: string;
  lines?: readonly string[];
  groups?: readonly ToastGroup[];
  action?: { label: string; onClick: () => void };
}

/** Handle on the mounted UI. */
export interface CaptureUi {
  /** Disables the button while a capture runs, with `text` (「取得中 (3/10)…」) instead of its label. */
  setBusy(busy: boolean, text?: string): void;
  toast(toast: Toast): void;
  remove(): void;
}

const STYLE = `
:host { all: initial; position: fixed; right: 16px; bottom: 16px; z-index: 2147483647; font: 14px/1.5 system-ui, 'IPAGothic', 'Meiryo', sans-serif; }
.box { display: flex; flex-direction: column; align-items: flex-end; gap: 8px; max-width: 420px; }
button.capture { font: inherit; font-weight: bold; color: #fff; background: #1a4d8f; border: 0; border-radius: 6px; padding: 8px 16px; cursor: pointer; box-shadow: 0 2px 6px rgba(0,0,0,.3); }
button.capture[disabled] { background: #6b7f99; cursor: progress; }
.toast { background: #fff; color: #222; border-left: 6px solid #1a4d8f; border-radius: 6px; padding: 8px 12px; box-shadow: 0 2px 8px rgba(0,0,0,.3); max-height: 50vh; overflow: auto; }
.toast[data-kind='ok'] { border-color: #1d6b1d; }
.toast[data-kind='warn'] { border-color: #b26a00; }
.toast[data-kind='error'] { border-color: #b00020; }
.toast p { margin: 0; }
.toast .title { font-weight: bold; }
.toast ul { margin: 4px 0 0; padding-left: 1.2em; }
.toast .group { margin-top: 6px; }
.toast .group .reason { font-weight: bold; }
.toast .group .advice { color: #444; font-size: 13px; }
.toast button.action { font: inherit; margin-top: 6px; color: #fff; background: #1a4d8f; border: 0; border-radius: 4px; padding: 2px 10px; cursor: pointer; }
.toast button.close { float: right; font: inherit; font-size: 12px; margin-left: 8px; background: none; border: 1px solid #999; border-radius: 4px; cursor: pointer; }
`;

/**
 * Mounts the button (bottom right of the page) in an open shadow root on `doc`.
 * @example const ui = mountCaptureUi(document, 'この一覧を取り込む', () => void capture())
 */
export function mountCaptureUi(doc: Document, label: string, onClick: () => void): CaptureUi {
  const host = doc.createElement('kokkai-capture');
  const root = host.attachShadow({ mode: 'open' });
  const style = doc.createElement('style');
  style.textContent = STYLE;
  const box = doc.createElement('div');
  box.className = 'box';
  const toastBox = doc.createElement('div');
  toastBox.className = 'toast';
  toastBox.hidden = true;
  const button = doc.createElement('button');
  button.type = 'button';
  button.className = 'capture';
  button.textContent = label;
  button.addEventListener('click', onClick);
  box.append(toastBox, button);
  root.append(style, box);
  (doc.body ?? doc.documentElement).append(host);

  return {
    setBusy(busy, text) {
      button.disabled = busy;
      button.textContent = busy ? text ?? '取り込み中…' : label;
    },
    toast({ kind, title, lines = [], groups = [], action }) {
      const close = doc.createElement('button');
      close.type = 'button';
      close.className = 'close';
      close.textContent = '閉じる';
      close.addEventListener('click', () => {
        toastBox.hidden = true;
      });
      const heading = doc.createElement('p');
      heading.className = 'title';
      heading.textContent = title;
      const children: Node[] = [close, heading];
      if (lines.length > 0) {
        const list = doc.createElement('ul');
        for (const line of lines) {
          const item = doc.createElement('li');
          item.textContent = line;
          list.append(item);
        }
        children.push(list);
      }
      for (const group of groups) {
        const box = doc.createElement('div');
        box.className = 'group';
        const reason = doc.createElement('p');
        reason.className = 'reason';
        reason.textContent = `${group.title} (${group.items.length} 件)`;
        const pages = doc.createElement('p');
        pages.textContent = group.items.join('・');
        const advice = doc.createElement('p');
        advice.className = 'advice';
        advice.textContent = group.advice;
        box.append(reason, pages, advice);
        children.push(box);
      }
      if (action) {
        const run = doc.createElement('button');
        run.type = 'button';
        run.className = 'action';
        run.textContent = action.label;
        run.addEventListener('click', action.onClick);
        children.push(run);
      }
      toastBox.replaceChildren(...children);
      toastBox.dataset.kind = kind;
      toastBox.setAttribute('role', kind === 'error' ? 'alert' : 'status');
      toastBox.hidden = false;
    },
    remove() {
      host.remove();
    },
  };
}
