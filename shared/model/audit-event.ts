/** @file 監査ログ (AuditEvent): who changed what, when, with before/after and provenance. */
import { z } from 'zod';
import { instantSchema, provenanceSchema } from './primitives';

/** 監査イベント. */
export const auditEventSchema = z.object({
  id: z.string().min(1),
  at: instantSchema,
  /** 担当者 or 'capture' for automatic capture. */
  who: z.string().min(1),
  /** 操作: 'create' | 'update' | 'delete' | 'import' … */
  action: z.string().min(1),
  /** Record key the event is about. */
  recordKey: z.string().min(1),
  before: z.unknown().optional(),
  after: z.unknown().optional(),
  provenance: provenanceSchema.optional(),
});
export type AuditEvent = z.infer<typeof auditEventSchema>;
