import { startsWithAny } from '../../contract/code-prefix';
import { daysBetween } from '../../contract/dates';
import { toYuan } from '../../money/fen';
import type { BenefitItem } from '../benefit-claim';
import type { ExamRecognitionRow, HistoryKnowledge } from '../history-knowledge';
import { icdCategories, type MemberClaim } from '../member-claim';
import { transferPair } from '../transfer-episode';
import { emergencyVisit, list, sameCondition, type Suspect } from './common';
import { interimContinuation } from './interim-settlement';
import { yearEndContinuation } from './related-stays';

// 检查检验结果互认 between claims (《医疗机构检查检验结果互认管理办法》国卫医发〔2022〕6号): a result within its recognised
// period serves the next institution — or the same one at the next settlement — and is not repeated without a reason:
// an emergency, a changed condition, the period lapsed, another body part or method (another catalogue row), or at the
// patient's own request and cost (self-paid, not on a fund claim). NHSA's typical cases: the same CT, MRI, ultrasound
// or stable lab panel billed again days later for the member, at the same hospital or after a referral elsewhere.

export interface ExamRepeat {
  /** The claims holding the first results, their dates and institutions (this claim, when it is the earlier one). */
  claims: string;
  dates: string;
  hospitals: string;
  /** The claims billing them again within the interval (this claim, when it is the later one). */
  repeats: string;
  /** Names of the repeated items, each with its recognition interval: "头颅CT平扫（CT，14天）". */
  names: string;
  /** Fewest days between a first result and its repeat. */
  days: number;
  /** This claim's lines concerned: its repeating lines; on the earlier claim, its results repeated. */
  lineIds: string[];
  /** The repeating lines' money, yuan; null on the earlier claim, whose own money is not in doubt. */
  amount: number | null;
  /** The claims that arrived before this earlier one and repeat its results (事后发现: their repeating lines). */
  suspects: Suspect[];
}

/** An examination line of the repeating claim, as its items give it (this claim) or its ledger entry keeps it. */
interface RepeatLine {
  lineId: string;
  key: string;
  date: string;
  amountFen: number;
  /** ICD-10 categories of the repeating claim's diagnoses calling for the test (changedCondition). */
  indicatedBy: readonly string[];
}

/** A first result paired with a repeat. */
interface Pair {
  first: MemberClaim;
  firstDate: string;
  firstLineId: string;
  repeat: MemberClaim;
  line: RepeatLine;
  row: ExamRecognitionRow;
  gap: number;
}

type Same = (a: string, b: string) => boolean;

const rowKey = (code: string, row: string | undefined | null) => row ?? code;

/**
 * Examinations and stable lab panels (exam-recognition.json, by catalogue row) that one claim of the member billed
 * and another billed again 1 to `intervalDays` days later, at any institution, outpatient, 门诊慢特病 or stay. Not
 * judged: a repeat at an emergency admission or visit (急诊诊察费 billed, or an emergency department); a repeat
 * called for by a diagnosis of the repeating claim outside the first claim's condition (changedCondition); a first
 * result of a stay with an operation or intervention (the course's follow-up imaging; post-thrombolysis scans fall
 * inside the stay); the two stays of a transfer (the receiving hospital retests the condition that made the
 * transfer, as billing-frequency counts them); the parts of one stay settled apart (year-end or monthly interim
 * settlement, oneStay) but for the admission work-up billed again on the continuation's first day; a repeat on a claim whose own schedule calls for the test (the row's `ownSchedule`: a
 * dialysis centre's infection-control serology); a repeat at a hospital of a higher level than the first result's
 * (上转复核, referred-up.ts); lines another rule names (the admission-day repeat of a clinic
 * examination, repeated-exams.ts: `exclude` on this claim, `excludeOf` on the earlier-arrived). A stay's own repeats
 * are its course, not this check's. Whichever arrives second carries the hit: the repeat names the first results;
 * the first, arriving after its repeat, names the repeat, whose lines are a finding about it (事后发现) unless it had
 * already found an earlier result itself when it was judged.
 */
export function examRepeat(
  me: MemberClaim,
  items: readonly BenefitItem[],
  prior: readonly MemberClaim[],
  k: HistoryKnowledge,
  context: { exclude?: ReadonlySet<string>; excludeOf?: ReadonlyMap<string, ReadonlySet<string>> } = {},
): ExamRepeat | null {
  const table = k.examRecognition;
  if (!table || me.visitType === 'pharmacy') return null;
  const same: Same = (a, b) => sameCondition(a, b, k);
  const repeating = repeatsOn(me, items, prior, k, same, context);
  if (repeating) return repeating;
  return firstOn(me, items, prior, k, same, context.excludeOf);
}

/** This claim repeats results of claims that arrived before it. */
function repeatsOn(
  me: MemberClaim,
  items: readonly BenefitItem[],
  prior: readonly MemberClaim[],
  k: HistoryKnowledge,
  same: Same,
  context: { exclude?: ReadonlySet<string> },
): ExamRepeat | null {
  const table = k.examRecognition!;
  if (emergencyVisit(me, table)) return null;
  const exclude = context.exclude ?? new Set<string>();
  const mine: RepeatLine[] = items
    .filter((i) => i.category === 'service' && !exclude.has(i.lineId))
    .map((i) => ({ lineId: i.lineId, key: rowKey(i.code, i.catalogue?.code), date: i.date, amountFen: i.amountFen, indicatedBy: icdCategories(i.indicatedBy ?? [me.principalCategory]) }));
  const pairs = nearestFirsts(me, mine, prior, k, same);
  if (!pairs.length) return null;
  const names = new Map(items.map((i) => [i.lineId, i.name]));
  return {
    claims: list(pairs.map((p) => p.first.claimId)),
    dates: list(pairs.map((p) => p.firstDate)),
    hospitals: list(pairs.map((p) => p.first.hospitalId)),
    repeats: me.claimId,
    names: list(pairs.map((p) => `${names.get(p.line.lineId)}（${p.row.name}，${p.row.intervalDays}天）`), 8),
    days: Math.min(...pairs.map((p) => p.gap)),
    lineIds: pairs.map((p) => p.line.lineId),
    amount: toYuan(pairs.reduce((s, p) => s + p.line.amountFen, 0)),
    suspects: [],
  };
}

/**
 * This claim holds the first results that claims arrived before it repeat. The repeating side's exemptions are read
 * from its ledger entry: its admission route or department and 急诊诊察费, the diagnoses calling for each test
 * (`indicatedBy`; an entry written before it was kept is not judged).
 */
function firstOn(
  me: MemberClaim,
  items: readonly BenefitItem[],
  prior: readonly MemberClaim[],
  k: HistoryKnowledge,
  same: Same,
  excludeOf: ReadonlyMap<string, ReadonlySet<string>> | undefined,
): ExamRepeat | null {
  const table = k.examRecognition!;
  if (!me.lines) return null;
  const pairs: Pair[] = [];
  for (const e of prior) {
    if (e.visitType === 'pharmacy' || !e.lines || emergencyVisit(e, table)) continue;
    const exclude = excludeOf?.get(e.claimId);
    const theirs: RepeatLine[] = e.lines
      .filter((l) => l.kind === 'service' && l.indicatedBy && !exclude?.has(l.lineId))
      .map((l) => ({ lineId: l.lineId, key: rowKey(l.code, l.row), date: l.date, amountFen: l.amountFen, indicatedBy: l.indicatedBy as string[] }));
    // Each of its repeats paired with its nearest first result: this claim's, unless a claim seen before it made the
    // pair when it was judged.
    const before = prior.filter((p) => (p.arrival ?? 0) < (e.arrival ?? 0));
    const own = new Set(nearestFirsts(e, theirs, before, k, same).map((p) => p.line.lineId));
    pairs.push(...nearestFirsts(e, theirs.filter((l) => !own.has(l.lineId)), [me], k, same));
  }
  if (!pairs.length) return null;
  pairs.sort((a, b) => (a.line.date < b.line.date ? -1 : a.line.date > b.line.date ? 1 : a.repeat.claimId < b.repeat.claimId ? -1 : 1));
  const names = new Map(items.map((i) => [i.lineId, i.name]));
  // Money summed in fen per suspect claim, turned into yuan once.
  const byClaim = new Map<string, { lineIds: string[]; fen: number }>();
  for (const p of pairs) {
    const s = byClaim.get(p.repeat.claimId) ?? byClaim.set(p.repeat.claimId, { lineIds: [], fen: 0 }).get(p.repeat.claimId)!;
    s.lineIds.push(p.line.lineId);
    s.fen += p.line.amountFen;
  }
  const suspects: Suspect[] = [...byClaim].map(([claimId, s]) => ({ claimId, lineIds: s.lineIds, amount: toYuan(s.fen) }));
  return {
    claims: me.claimId,
    dates: list(pairs.map((p) => p.firstDate)),
    hospitals: me.hospitalId,
    repeats: list(pairs.map((p) => p.repeat.claimId)),
    names: list(pairs.map((p) => `${names.get(p.firstLineId)}（${p.row.name}，${p.row.intervalDays}天）`), 8),
    days: Math.min(...pairs.map((p) => p.gap)),
    lineIds: [...new Set(pairs.map((p) => p.firstLineId))],
    amount: null,
    suspects,
  };
}


/** Per repeating line of `repeat`, the nearest first result among `firsts` that the exemptions leave. */
function nearestFirsts(repeat: MemberClaim, lines: readonly RepeatLine[], firsts: readonly MemberClaim[], k: HistoryKnowledge, same: Same): Pair[] {
  const table = k.examRecognition!;
  const mine = lines.map((line) => ({ line, row: table.byRow.get(line.key) })).filter((x): x is { line: RepeatLine; row: ExamRecognitionRow } => x.row !== undefined);
  if (!mine.length) return [];
  const found = new Map<string, Pair>();
  for (const e of firsts) {
    if (e.claimId === repeat.claimId || e.visitType === 'pharmacy' || !e.lines || transferPair(e, repeat)) continue;
    const parts = oneStay(e, repeat, k);
    // A stay with an operation or intervention: imaging after it is the course's follow-up.
    if (e.visitType === 'inpatient' && e.lines.some((l) => l.operation)) continue;
    for (const l of e.lines) {
      if (l.kind !== 'service') continue;
      const key = rowKey(l.code, l.row);
      for (const { line, row } of mine) {
        if (line.key !== key || (row.ownSchedule && startsWithAny(repeat.codes ?? [], row.ownSchedule))) continue;
        // The parts of one stay: a repeat in its course is the stay's, but the continuation's first day has no
        // admission work-up of its own (the admission panel billed again there is a readmission's, 分解住院).
        if (parts && !(repeat.serviceDate > e.serviceDate && line.date === repeat.serviceDate)) continue;
        const gap = daysBetween(l.date, line.date);
        if (gap < 1 || gap > row.intervalDays) continue;
        if (changedCondition(line.indicatedBy, e, same)) continue;
        const seen = found.get(line.lineId);
        if (!seen || gap < seen.gap) found.set(line.lineId, { first: e, firstDate: l.date, firstLineId: l.lineId, repeat, line, row, gap });
      }
    }
  }
  return [...found.values()].sort((a, b) => (a.firstDate < b.firstDate ? -1 : a.firstDate > b.firstDate ? 1 : a.first.claimId < b.first.claimId ? -1 : 1));
}


/**
 * Two parts of one stay settled apart (跨年度 or 长期住院中途结算, at the same hospital, the next part admitted on the
 * day of the settlement or the next): repeats in the stay's course are not a result handed to another institution or
 * a later visit (互认 is between visits).
 */
function oneStay(a: MemberClaim, b: MemberClaim, k: HistoryKnowledge): boolean {
  const [earlier, later] = a.serviceDate <= b.serviceDate ? [a, b] : [b, a];
  return yearEndContinuation(earlier, later, k) || interimContinuation(earlier, later, k);
}

/**
 * A changed condition (病情变化): a diagnosis of the repeating claim that calls for the test (test-indications.json;
 * a test without a row there: the principal diagnosis) outside the first claim's conditions (each of its diagnoses'
 * categories and their related-conditions groups: hypertension beside a stroke is not new at the receiving hospital).
 * An entry written before it kept its codes shows only its principal category.
 */
function changedCondition(indicatedBy: readonly string[], e: MemberClaim, same: Same): boolean {
  const before = e.codes ? icdCategories(e.codes) : [e.principalCategory];
  return indicatedBy.some((d) => !before.some((c) => same(d, c)));
}
