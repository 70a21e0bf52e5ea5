/** @file 取り込み結果 (ImportReport): what one bundle import added, updated, left unchanged or refused, and why. */
import type { BundleKind, JstInstant } from '@shared/index';

/** One record named in the report. */
export interface ImportReportEntry {
  kind: BundleKind;
  /** 種別の表示名 (質問主意書, 問, 割振り …). */
  kindLabel: string;
  id: string;
  /** 理由 (rejected and conflicts). */
  reason?: string;
}

/** 取り込み結果. */
export interface ImportReport {
  /** 取り込んだバンドルの作成元・作成日時・版. */
  producer: string;
  producedAt: JstInstant;
  revision: number;
  added: ImportReportEntry[];
  updated: ImportReportEntry[];
  /** Same 版 and content, or an older 版 than the workbook's. */
  unchanged: number;
  rejected: ImportReportEntry[];
  /** Same 版, different content: kept visible (both sides recorded in the reason). */
  conflicts: ImportReportEntry[];
  /** Other things to know (会期表 rows added or different), in Japanese. */
  notes?: string[];
}
