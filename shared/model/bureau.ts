/** @file 局の一覧 (Bureau directory): MHLW bureaus as editable data. */
import { z } from 'zod';

/** 局: id, name as written, and its divisions (課). */
export const bureauSchema = z.object({
  id: z.string().min(1),
  name: z.string().min(1),
  divisions: z.array(z.string()).default([]),
  /** 他律部署 for the overtime caps (人事院規則15-14). */
  otherDirected: z.boolean().default(true),
});
export type Bureau = z.infer<typeof bureauSchema>;

/**
 * 厚生労働省 本省内部部局 (default directory). Source: 厚生労働省組織令 (内部部局: 大臣官房 and the 局);
 * 2024 reorganisation folded 子ども家庭局 into こども家庭庁 and added 健康・生活衛生局 / 感染症対策部.
 * Editable by coordinators in the 設定 sheet.
 */
export const defaultBureaus: readonly Bureau[] = [
  { id: 'kanbo', name: '大臣官房', divisions: ['総務課', '人事課', '会計課'], otherDirected: true },
  { id: 'isei', name: '医政局', divisions: ['総務課', '医事課', '看護課'], otherDirected: true },
  { id: 'kenkou', name: '健康・生活衛生局', divisions: ['総務課', '健康課', '感染症対策課'], otherDirected: true },
  { id: 'iyaku', name: '医薬局', divisions: ['総務課', '医薬品審査管理課'], otherDirected: true },
  { id: 'roudou-kijun', name: '労働基準局', divisions: ['総務課', '労働条件政策課', '安全衛生部計画課'], otherDirected: true },
  { id: 'shokugyou-antei', name: '職業安定局', divisions: ['総務課', '雇用政策課', '雇用保険課'], otherDirected: true },
  { id: 'koyou-kankyou', name: '雇用環境・均等局', divisions: ['総務課', '雇用機会均等課'], otherDirected: true },
  { id: 'jinzai', name: '人材開発統括官', divisions: ['人材開発政策担当参事官室'], otherDirected: true },
  { id: 'shakai-engo', name: '社会・援護局', divisions: ['総務課', '保護課', '障害保健福祉部企画課'], otherDirected: true },
  { id: 'roukenkyoku', name: '老健局', divisions: ['総務課', '介護保険計画課'], otherDirected: true },
  { id: 'hoken', name: '保険局', divisions: ['総務課', '保険課', '医療課'], otherDirected: true },
  { id: 'nenkin', name: '年金局', divisions: ['総務課', '年金課'], otherDirected: true },
  { id: 'seisaku-toukatsu', name: '政策統括官', divisions: ['政策立案総括審議官室'], otherDirected: true },
];
