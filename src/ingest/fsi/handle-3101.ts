import { randomUUID } from 'node:crypto';
import type { FieldError, Verdict } from '../../contract/verdict';
import { formatPath } from '../../validate/field-path';
import { judge, review, type ReviewContext } from '../../features/reviews/review';
import type { Reviewer } from '../../features/reviews/review-queue';
import { TRIG_SCEN } from './codes';
import { request3101Schema, type Request3101 } from './envelope';
import { fastParse3101 } from './fast-envelope';
import { toFindings, type RuleDescription, toResultEntry } from './findings';
import { encounterToClaim, type MappedEncounter } from './to-claim';
import type { FsiFinding, FsiStore } from '../../features/fsi/fsi-store';

/** What the national interface needs: the review context, and the findings store. */
export type FsiContext = ReviewContext & { store: FsiStore };

/** The national response envelope. infcode 0 = success; anything else carries err_msg. */
/** err_msg and warn_msg are bounded: a message with thousands of bad fields must not answer megabytes. */
export const MAX_MSG_CHARS = 2000;
const bounded = (m: string | null | undefined): string | null =>
  m == null ? null : m.length <= MAX_MSG_CHARS ? m : `${m.slice(0, MAX_MSG_CHARS - 20)}… (${m.length} chars)`;

export function envelope(infcode: number, output: unknown, extra: { err_msg?: string | null; warn_msg?: string | null } = {}) {
  const now = new Date().toISOString().replace('T', ' ').slice(0, 19);
  return { infcode, inf_refmsgid: randomUUID().replace(/-/g, ''), refmsg_time: now, respond_time: now, err_msg: bounded(extra.err_msg), warn_msg: bounded(extra.warn_msg), output };
}

/** Thrown from the review's write along when an encounter is invalid: the message is refused, so its batch is not kept. */
class Refused extends Error {
  constructor(readonly verdicts: Verdict[]) {
    super('3101 at settlement: an encounter is invalid, the message is refused');
  }
}

const describe = (errors: FieldError[]) => errors.map((e) => `${e.path}: ${e.message}`).join('; ');

/**
 * 明细审核事前事中分析服务 (3101): each current encounter becomes a contract claim and goes through the same
 * review as any claim. At ordering time the findings are reminders kept on the encounter (no case, no member
 * ledger entry); at settlement the full review records the claim and flagged encounters become cases.
 */
export async function handle3101(body: unknown, ctx: FsiContext, reviewer: Reviewer = (claims, source, along) => review(claims, ctx, { source, along })) {
  const fast = fastParse3101(body);
  const parsed = fast ? { success: true as const, data: fast } : request3101Schema.safeParse(body);
  if (!parsed.success) {
    return envelope(-1, null, { err_msg: describe(parsed.error.issues.map((i) => ({ path: formatPath(i.path), message: i.message }))) });
  }
  const req: Request3101 = parsed.data;
  const data = req.input.data;
  const scen = TRIG_SCEN[data.trig_scen];
  if (!scen) return envelope(-1, null, { err_msg: `input.data.trig_scen: unknown trigger scenario "${data.trig_scen}"` });

  const mapped: { value: MappedEncounter; patnId: string; mdtrtId: string }[] = [];
  const errors: FieldError[] = [];
  data.patient_dtos.forEach((p, pi) => {
    // The current encounter is judged; the others in the message are its context.
    const current = p.curr_mdtrt_id ? p.fsi_encounter_dtos.filter((e) => e.mdtrt_id === p.curr_mdtrt_id) : p.fsi_encounter_dtos;
    if (!current.length) errors.push({ path: `input.data.patient_dtos[${pi}].curr_mdtrt_id`, message: `no encounter with mdtrt_id "${p.curr_mdtrt_id}"` });
    current.forEach((enc) => {
      const ei = p.fsi_encounter_dtos.indexOf(enc);
      const r = encounterToClaim(req, p, enc, `input.data.patient_dtos[${pi}].fsi_encounter_dtos[${ei}]`);
      if (r.ok) mapped.push({ value: r.value, patnId: p.patn_id, mdtrtId: enc.mdtrt_id });
      else errors.push(...r.errors);
    });
  });
  if (errors.length) return envelope(-1, null, { err_msg: describe(errors) });

  const claims = mapped.map((m) => m.value.claim);
  const ruleset = ctx.rules.current();
  const issuedAt = new Date().toISOString();
  const defs = new Map(ruleset.rules.map((r) => [r.def.id, r.def]));
  const describeRule = (id: string): RuleDescription => {
    const def = defs.get(id);
    if (def) return { name: def.title, meta: def.meta };
    return { name: id.startsWith('anomaly.') ? '费用结构异常 (anomaly model)' : id, meta: null };
  };
  const wanted = data.rule_ids?.length ? new Set(data.rule_ids) : null;
  /** Each encounter's findings from its verdict; none when one is invalid (the message is refused whole). */
  const findingsOf = (verdicts: Verdict[]): { claimId: string; findings: FsiFinding[] }[] | null =>
    verdicts.some((v) => v.decision === 'invalid')
      ? null
      : verdicts.map((v, k) => {
          const claim = claims[k] as { claimId: string; provider: { hospitalId: string; doctorId?: string } };
          const findings = toFindings(v, {
            claimId: claim.claimId,
            mdtrtId: mapped[k].mdtrtId,
            patnId: mapped[k].patnId,
            fixmedinsCode: req.fixmedins_code,
            hospitalId: claim.provider.hospitalId,
            doctorId: claim.provider.doctorId ?? null,
            trigScen: data.trig_scen,
            stage: scen.stage,
            taskId: data.task_id ?? null,
            issuedAt,
          }, describeRule).filter((f) => !wanted || wanted.has(f.ruleId));
          return { claimId: claim.claimId, findings };
        });

  let saves: { claimId: string; findings: FsiFinding[] }[] | null = null;
  let verdicts: Verdict[];
  if (scen.stage === 'review') {
    // At settlement the findings are recorded in the review's own transaction (one commit for both): made from the
    // verdicts as answered, so an answered finding is a stored one, and the encounter never stored without them. A
    // message with an invalid encounter is refused whole: the throw rolls back the valid encounters' reviews too.
    try {
      verdicts = await reviewer(claims, 'fsi', (answered) => {
        saves = findingsOf(answered);
        if (!saves) throw new Refused(answered);
        return ctx.store.writeFindings(saves);
      });
    } catch (err) {
      if (!(err instanceof Refused)) throw err;
      verdicts = err.verdicts;
    }
  } else {
    verdicts = (await judge(claims, ruleset, ctx.model.current(), { source: 'fsi', reviewedAt: issuedAt, history: (ids) => ctx.store.getMemberClaims(ids) })).verdicts;
  }

  const invalid = verdicts.findIndex((v) => v.decision === 'invalid');
  if (invalid >= 0) {
    const at = `encounter ${mapped[invalid].mdtrtId}`;
    return envelope(-1, null, { err_msg: `${at}: ${describe(verdicts[invalid].errors ?? [])}` });
  }
  let kept = saves as { claimId: string; findings: FsiFinding[] }[] | null;
  if (scen.stage === 'review' && !kept) throw new Error('3101 at settlement: the reviewer recorded no findings with the review');
  if (!kept) {
    // Reminders at ordering time: no review recorded, the findings on their own.
    kept = findingsOf(verdicts)!;
    for (const s of kept) await ctx.store.saveFindings(s.claimId, s.findings);
  }
  const result = kept.flatMap((s) => s.findings.map(toResultEntry));
  const assumptions = [...new Set(mapped.flatMap((m) => m.value.assumptions))];
  return envelope(0, { result }, { warn_msg: assumptions.length ? assumptions.join('; ') : null });
}
