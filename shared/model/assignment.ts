/** @file 割振り (Assignment): who owns one 問, in which role, and the 60-minute objection window. */
import { z } from 'zod';
import { idSchema, instantSchema } from './primitives';

/** 役割: 執筆 (drafting lead), 合議 (concurrence), メモ出し (input memo). */
export const roleSchema = z.enum(['執筆', '合議', 'メモ出し']);
export type Role = z.infer<typeof roleSchema>;

/** 割振りの状態: proposed → accepted | objected → final. */
export const assignmentStateSchema = z.enum(['proposed', 'accepted', 'objected', 'final']);
export type AssignmentState = z.infer<typeof assignmentStateSchema>;
export const assignmentStateLabels: Record<AssignmentState, string> = {
  proposed: '仮割振り', accepted: '了承', objected: '異議あり', final: '確定',
};

/**
 * 異議申立期限: a unit that objects must say so within 60 minutes (Wikipedia 質問主意書; shared/deadline/RULES.md §4).
 */
export const OBJECTION_WINDOW_MINUTES = 60;

/** 割振り: one 問 × bureau × role. `questionKey` is the written-question key or the notice id. */
export const assignmentSchema = z.object({
  id: idSchema,
  questionKey: idSchema,
  /** 問 label as printed (part of the 問 id, so NFC like every key). */
  itemLabel: idSchema,
  /** 局. */
  bureau: z.string().min(1),
  /** 課. */
  division: z.string().default(''),
  role: roleSchema,
  state: assignmentStateSchema,
  proposedAt: instantSchema,
  decidedAt: instantSchema.optional(),
  /** 担当者 who proposed or decided. */
  by: z.string().default(''),
  note: z.string().default(''),
});
export type Assignment = z.infer<typeof assignmentSchema>;
