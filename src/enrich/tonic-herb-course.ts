import { z } from 'zod';
import { herbPrescriptions } from '../benefits/herb-prescription';
import { toYuan } from '../money/fen';
import { underAny } from '../contract/code-prefix';
import type { ItemFacts } from './item-fact-types';
import { readJsonTable } from '../contract/json-table';

// 膏方/滋补饮片按治疗结算 (rules/knowledge/tonic-herb-course.json): a clinic visit or pharmacy purchase whose fund-paid
// 饮片 make one prescription of far more 剂 than an 汤剂 course. 医保 pays for treating disease: 主要起滋补作用的药品
// are outside the 目录 (《基本医疗保险用药管理暂行办法》第八条), and a prescription is 7 days' use, longer only for a
// chronic or old-age condition with the reason noted (《处方管理办法》第十九条). So the paid herbs' 剂 count
// (benefits/herb-prescription.ts: the n 剂 every herb of the date's prescription fits) is held to `maxJi`, and to
// `noGroundMaxJi` when the claim gives no ground for a long course: every diagnosis a check-up, screening or bare symptom
// (`noGroundDiagnoses`), or a self-paid 胶 billed beside it to 收膏 (`pasteMarks`: 阿胶, 鹿角胶 …), which makes the
// prescription a 膏方 whose paid herbs are its 饮片. A self-paid 参 beside a decoction is an ordinary 益气 formula's
// (生脉, after chemotherapy): it is named as evidence (`tonicMarks`), never the ground. Self-paid (丙) herbs are no fund's supply and are left out of the count;
// a line marked 长处方 is a chronic course the doctor declared and is not judged; a prescription no n fits (grams per
// 剂 beyond the 药典 bounds) is the dose checks' matter.

const file = z.strictObject({
  note: z.string(),
  visitTypes: z.array(z.enum(['outpatient', 'pharmacy'])).min(1),
  /** 剂 of one paid prescription beyond which any claim is judged. */
  maxJi: z.number().min(1),
  /** 剂 beyond which a claim with no treatment ground, or with self-paid tonics beside, is judged. */
  noGroundMaxJi: z.number().min(1),
  /** ICD-10 prefixes that are no ground for a treatment course: a claim whose every diagnosis starts with one. */
  noGroundDiagnoses: z.array(z.string().min(1)).min(1),
  /** Name marks of the self-paid (丙) tonics named beside the herbs as evidence. */
  tonicMarks: z.array(z.string().min(1)).min(1),
  /** Name marks of the 收膏 胶 whose self-paid line beside the herbs makes the prescription a 膏方 (lowers the bound). */
  pasteMarks: z.array(z.string().min(1)).min(1),
  sources: z.record(z.string(), z.string().min(1)),
});

export type TonicHerbCourse = z.infer<typeof file>;

/** Loads tonic-herb-course.json; a missing file is no check (null). */
export function loadTonicHerbCourse(path: string): TonicHerbCourse | null {
  return readJsonTable(path, file);
}

export interface TonicHerbCourseFacts {
  /** The paid herb lines with their grams: "黄芪930克、党参620克". */
  herbs: string;
  /** The prescription's 剂 count and the bound it exceeds. */
  ji: number;
  limitJi: number;
  /** Why the bound applies, in Chinese for the message: no treatment ground, self-paid tonics beside, or beyond an 汤剂 course. */
  ground: string;
  /** What it looks like: a 膏方 or 滋补 settled as treatment where no ground is given, else a season's supply at once. */
  finding: string;
  /** The self-paid tonics billed beside, "" when none. */
  tonics: string;
  lineIds: string[];
  /** Yuan: the whole paid herbs where no ground is given (a 膏方 is no treatment), else the share beyond the bound. */
  amount: number;
}

export interface TonicHerbCourseInput {
  visitType?: string;
  items: readonly ItemFacts[];
  diagnosisCodes: readonly string[];
}

/** The paid 饮片 prescription far beyond an 汤剂 course on a claim that gives no ground for it; null when none. */
export function tonicHerbCourse(c: TonicHerbCourseInput, t: TonicHerbCourse | null | undefined): TonicHerbCourseFacts | null {
  if (!t || !c.visitType || !t.visitTypes.includes(c.visitType as 'outpatient')) return null;
  const herbs = c.items.filter((it) => it.category === 'drug' && it.catalogue?.subcategory === 'tcm-herb' && it.itemClass !== '丙');
  if (!herbs.length || herbs.some((it) => it.longPrescription)) return null;
  // Only a prescription some n 剂 fits: its lines share one n (herb-prescription.ts); unfitted lines are read alone there.
  const { prescriptions } = herbPrescriptions(herbs, c.diagnosisCodes);
  const tonics = [...new Set(c.items.filter((it) => it.itemClass === '丙' && t.tonicMarks.some((m) => it.name.includes(m))).map((it) => it.name))];
  const paste = tonics.some((n) => t.pasteMarks.some((m) => n.includes(m)));
  const noGround = c.diagnosisCodes.length > 0 && c.diagnosisCodes.every((d) => underAny(d, t.noGroundDiagnoses));
  const limit = noGround || paste ? t.noGroundMaxJi : t.maxJi;
  let best: { lines: ItemFacts[]; ji: number } | null = null;
  for (const { lines, ji } of prescriptions) {
    if (ji === null || lines.length < 2) continue;
    if (ji > limit && (!best || ji > best.ji)) best = { lines, ji };
  }
  if (!best) return null;
  const fen = best.lines.reduce((s, l) => s + l.amountFen, 0);
  const ground = noGround
    ? `本次诊断（${c.diagnosisCodes.join('、')}）均为健康查体、筛查或症状，无需长疗程治疗的疾病`
    : paste ? `同时自费开具${tonics.join('、')}等收膏、滋补品，处方呈膏方特征` : '超出汤剂常规疗程，且未标注长处方';
  return {
    herbs: best.lines.map((l) => `${l.name}${l.quantity}克`).join('、'),
    ji: best.ji,
    limitJi: limit,
    ground,
    finding: noGround || paste ? '疑似将膏方、滋补养生用药按治疗用饮片结算' : '疑似超量开药或将膏方按治疗用饮片结算',
    tonics: tonics.join('、'),
    lineIds: best.lines.map((l) => l.lineId),
    amount: toYuan(noGround || paste ? fen : Math.round((fen * (best.ji - limit)) / best.ji)),
  };
}
