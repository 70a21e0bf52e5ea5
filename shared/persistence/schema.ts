/**
 * @file 保存スキーマ: the one registry of IndexedDB store names, keys, indexes and value types.
 * Add a store only together with a new numbered migration in migrations.ts.
 */
import type { DBSchema } from 'idb';
import type { Assignment } from '../model/assignment';
import type { AuditEvent } from '../model/audit-event';
import type { CommitteeNotice } from '../model/committee-notice';
import type { StoredConflict, StoredExchangeRecord } from '../exchange/stored-exchange';
import type { WrittenQuestion } from '../model/written-question';

/** 設定 record: one value per key (bureau directory, calendar rules, lead times, my bureau …). */
export interface SettingRecord {
  key: string;
  value: unknown;
}

/** 保存形: a written question with its store key. */
export type StoredWrittenQuestion = WrittenQuestion & { key: string };

/** The database schema at the current version. */
export interface DietDbSchema extends DBSchema {
  questions: { key: string; value: StoredWrittenQuestion; indexes: { bySession: [string, number] } };
  notices: { key: string; value: CommitteeNotice; indexes: { bySitting: string } };
  assignments: { key: string; value: Assignment; indexes: { byQuestion: string; byBureau: string } };
  audit: { key: string; value: AuditEvent; indexes: { byRecord: string; byAt: string } };
  settings: { key: string; value: SettingRecord };
  exchange: { key: string; value: StoredExchangeRecord; indexes: { byKind: string } };
  conflicts: { key: string; value: StoredConflict };
}

export type StoreName = 'questions' | 'notices' | 'assignments' | 'audit' | 'settings' | 'exchange' | 'conflicts';
