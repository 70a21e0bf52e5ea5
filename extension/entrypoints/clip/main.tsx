/** @file 質問通告フォームの起動 (clip entry): loads the pending clip named in ?id=, renders ClipForm, sends saves to the background. */
import { render } from 'preact';
import { captureMessages, systemClock } from '@shared/index';
import { loadPendingClip } from '../../background/clip-pending';
import { CLIP_SAVE, sendMessage } from '../../platform/messaging';
import { ClipForm } from './clip-form';

async function start(): Promise<void> {
  const root = document.getElementById('app')!;
  const clipId = new URLSearchParams(location.search).get('id') ?? '';
  const clip = clipId ? await loadPendingClip(clipId) : undefined;
  if (!clip) {
    root.textContent = captureMessages.clipExpired;
    return;
  }
  const onSave = async (form: Parameters<Parameters<typeof ClipForm>[0]['onSave']>[0]) => {
    const reply = await sendMessage(CLIP_SAVE, { clipId, form });
    return captureMessages.clipSaved(reply.change, reply.bandText);
  };
  render(<ClipForm clip={clip} defaultReceivedAt={clip.capturedAt || systemClock.now()} onSave={onSave} />, root);
}

start().catch((error: Error) => {
  document.getElementById('app')!.textContent = `読み込めませんでした: ${error.message}`;
});
