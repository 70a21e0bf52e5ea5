/**
 * @file 取込み依頼の検査 (parseCaptureRequest): zod-parses what a content script sent before anything is
 * stored. The page's questions are checked again, field by field, by saveCapturedQuestions.
 */
import { z } from 'zod';
import { ValidationError, dietUrlSchema, issuesText, japaneseIssues, sessionPeriodSchema } from '@shared/index';
import { CAPTURE_PAGE, type CapturePageRequest } from '../platform/messaging';

const captureRequestSchema = z.object({
  type: z.literal(CAPTURE_PAGE),
  url: dietUrlSchema,
  pageText: z.string().max(5_000_000),
  result: z.object({
    siteId: z.string().min(1),
    house: z.enum(['shugiin', 'sangiin']),
    questions: z.array(z.object({}).loose()).min(1).max(5_000),
    provenance: z.object({ sourceUrl: dietUrlSchema, adapterId: z.string().min(1), adapterVersion: z.string().min(1) }),
  }),
  sessions: z.array(sessionPeriodSchema).max(300).optional(),
  sessionWarning: z.string().max(500).optional(),
});

/**
 * The request, or ValidationError in Japanese.
 * @example const request = parseCaptureRequest(message)
 */
export function parseCaptureRequest(message: unknown): CapturePageRequest {
  const parsed = captureRequestSchema.safeParse(message, { error: japaneseIssues });
  if (!parsed.success) throw new ValidationError(`取り込みの依頼の形式が正しくありません: ${issuesText(parsed.error)}`);
  return parsed.data as unknown as CapturePageRequest;
}
