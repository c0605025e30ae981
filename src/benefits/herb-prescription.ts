import type { BenefitItem } from './benefit-claim';
import { startsWithAny } from '../contract/code-prefix';
import { daysOfSupply, supplyPerDay } from './days-of-supply';

// 中药饮片 are dispensed as n 剂 of one formula: each herb's grams are n × its dose in the 剂, so every herb of the
// prescription lasts the same n days. The 药典's 用法与用量 is 成人一日常用剂量, 必要时可根据需要酌情增减 (《中华人民共和国
// 药典》2020年版 一部 凡例), and a formula's 君药 may be given at a large dose (补阳还五汤 生黄芪四两, 《医林改错》): that is
// the dose, not more days. Each herb's row gives the least and the most one 剂 holds (minDose, maxDose; maxDoseFor
// the larger dose of a classical formula for its indication on the claim); a date's
// herbs are one prescription when some n 剂 holds every herb within them (the fewest such n: grams ÷ maxDose, the
// largest over the herbs, at most the most: grams ÷ minDose, the smallest), and each of its herbs lasts n days: the
// 剂 count its herbs give at their usual doses, held within those bounds.
// When no n does (800 g of 党参 beside 42 g of 甘草 is not 7 剂 of one formula), or a herb's row gives no bounds, each
// herb is read on its own at its usual daily dose, as any drug.

/** A date's 饮片 lines (catalogue subcategory tcm-herb), read as one prescription. */
export interface HerbPrescription<T extends BenefitItem = BenefitItem> {
  date: string;
  lines: T[];
  /**
   * The days every line lasts when they all last alike (some n 剂 fits them all, or each read on its own comes to the
   * same); null when they differ or a line's row gives no usual daily dose (not read).
   */
  ji: number | null;
}

/** Line id → the days a 饮片 line lasts as one of its date's prescription. */
export function herbPrescriptionDays(items: readonly BenefitItem[], diagnosisCodes: readonly string[]): Map<string, number> {
  return herbPrescriptions(items, diagnosisCodes).days;
}

/** The dates' 饮片 prescriptions, in the order their dates first appear, and each read line's days (herbPrescriptionDays). */
export function herbPrescriptions<T extends BenefitItem>(items: readonly T[], diagnosisCodes: readonly string[]): { prescriptions: HerbPrescription<T>[]; days: Map<string, number> } {
  // A row's larger dose for a claim whose diagnosis is its formula's indication (maxDoseFor), else its maxDose.
  const maxOf = (row: NonNullable<BenefitItem['catalogue']>): number | undefined =>
    row.maxDoseFor?.find((r) => startsWithAny(diagnosisCodes, r.codes))?.maxDose ?? row.maxDose;
  const byDate = new Map<string, T[]>();
  for (const it of items) {
    if (it.category !== 'drug' || it.catalogue?.subcategory !== 'tcm-herb') continue;
    (byDate.get(it.date) ?? byDate.set(it.date, []).get(it.date)!).push(it);
  }
  const out = new Map<string, number>();
  const prescriptions: HerbPrescription<T>[] = [];
  for (const [date, lines] of byDate) {
    // A herb whose row gives no usual daily dose is not read: no days, and the date's prescription has no one count.
    const herbs = lines.filter((it) => supplyPerDay(it.catalogue));
    if (herbs.length) {
      const bounded = herbs.every((it) => it.catalogue!.minDose && maxOf(it.catalogue!) && it.quantity > 0);
      const fewest = bounded ? Math.max(...herbs.map((it) => it.quantity / maxOf(it.catalogue!)!)) : NaN;
      const most = bounded ? Math.min(...herbs.map((it) => it.quantity / it.catalogue!.minDose!)) : NaN;
      // Within those bounds, the 剂 count the herbs give at their usual doses (the fewest of them: a large dose adds no days).
      const usual = Math.min(...herbs.map((it) => daysOfSupply(it.quantity, supplyPerDay(it.catalogue)!)));
      const n = Math.round(Math.min(Math.max(usual, fewest), most) * 10) / 10;
      for (const it of herbs) out.set(it.lineId, bounded && fewest <= most ? n : daysOfSupply(it.quantity, supplyPerDay(it.catalogue)!));
    }
    const days = new Set(lines.map((it) => out.get(it.lineId)));
    const ji = days.size === 1 ? [...days][0] : undefined;
    prescriptions.push({ date, lines, ji: ji ?? null });
  }
  return { prescriptions, days: out };
}
