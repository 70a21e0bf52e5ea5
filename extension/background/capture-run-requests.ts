/**
 * @file 取込み操作の依頼の検査 (parseRunRequest): zod-parses the run operations the toast and the popup send
 * (再試行, 閉じる, 再取得) before anything is read or written — runtime messages cross a trust boundary.
 */
import { z } from 'zod';
import { ValidationError, fetchFailureReasons } from '@shared/index';
import { CAPTURE_DISMISS, CAPTURE_REFETCH, CAPTURE_RETRY } from '../platform/messaging';

const runId = z.string().min(1).max(100);
const schemas = {
  [CAPTURE_RETRY]: z.object({ type: z.literal(CAPTURE_RETRY), runId, reason: z.enum(fetchFailureReasons as [string, ...string[]]).optional() }),
  [CAPTURE_DISMISS]: z.object({ type: z.literal(CAPTURE_DISMISS), runId }),
  [CAPTURE_REFETCH]: z.object({ type: z.literal(CAPTURE_REFETCH), keys: z.array(z.string().min(1).max(100)).min(1).max(5_000) }),
};

/**
 * The request of `type`, or ValidationError in Japanese.
 * @example const { runId } = parseRunRequest(CAPTURE_RETRY, message)
 */
export function parseRunRequest<T extends keyof typeof schemas>(type: T, message: unknown): z.infer<(typeof schemas)[T]> {
  const parsed = schemas[type].safeParse(message);
  if (!parsed.success) throw new ValidationError('取り込みの操作の依頼の形式が正しくありません。');
  return parsed.data as z.infer<(typeof schemas)[T]>;
}
