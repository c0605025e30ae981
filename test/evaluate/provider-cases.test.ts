import { join, resolve } from 'node:path';
import { caseInputs } from '../../src/evaluate/cases';
import { PROVIDER_CONTROLS, PROVIDER_TYPOLOGIES } from '../../src/evaluate/catalogue';
import { PEERS, type ProviderCase } from '../../src/evaluate/provider-case';
import { buildProviderCases } from '../../src/evaluate/provider-cases';
import { namesSubject } from '../../src/evaluate/provider-metrics';
import { runProviderCase } from '../../src/evaluate/provider-run';
import { NO_MODEL } from '../../src/model/model';
import { createRulesetHolder } from '../../src/rules/ruleset-holder';

// Provider cases: one population per case (the subject and its peers, one region and level), built the same for
// the same seed, and run through review() and the pattern service over a store of their own.

const RULES = join(resolve(__dirname, '../..'), 'rules');

describe('provider-level evaluation cases', () => {
  const inputs = caseInputs({ seed: 'provider-test', perTypology: 1, rulesDir: RULES });
  const cases = buildProviderCases({ seed: 'provider-test', perTypology: 1, ...inputs });
  const ctx = { rules: createRulesetHolder(RULES), model: { current: () => NO_MODEL }, clock: () => new Date('2025-06-30T00:00:00Z') };
  const byId = (id: string): ProviderCase => cases.find((c) => c.id === id)!;

  it('one case per typology and control; the same seed builds the same cases', () => {
    expect(cases.map((c) => c.typology)).toEqual([...PROVIDER_TYPOLOGIES, ...PROVIDER_CONTROLS].map((t) => t.id));
    const again = buildProviderCases({ seed: 'provider-test', perTypology: 1, ...inputs });
    expect(JSON.stringify(again)).toBe(JSON.stringify(cases));
  });

  it('each case is a subject and its peers of one region and level, claims of their own, the mutated ones the subject\'s', () => {
    for (const c of cases) {
      const hospitals = new Set(c.claims.map((x) => x.provider.hospitalId));
      expect(hospitals.size).toBe(PEERS + 1);
      expect(hospitals.has(c.subject.hospitalId)).toBe(true);
      expect(new Set(c.claims.map((x) => `${x.region}|${x.provider.level}`)).size).toBe(1);
      expect(new Set(c.claims.map((x) => x.claimId)).size).toBe(c.claims.length);
      const ids = new Map(c.claims.map((x) => [x.claimId, x]));
      for (const id of c.mutated) expect(ids.get(id)?.provider.hospitalId).toBe(c.subject.hospitalId);
      if (c.kind === 'typology') expect(c.mutated.length).toBeGreaterThan(0);
      else expect(c.mutated).toEqual([]);
    }
  });

  it('a doctor typology\'s costly item is one the other doctors of his department and level do not use routinely', () => {
    for (const id of ['doctor-costly-exam#1', 'doctor-costly-consumable#1']) {
      const c = byId(id);
      const peers = c.claims.filter((x) => x.provider.doctorId !== c.subject.doctorId);
      const on = peers.filter((x) => x.items.some((i) => i.code === c.itemCode)).length;
      expect([id, 2 * on < peers.length]).toEqual([id, true]);
    }
  });

  it('finds the hospital that upcodes, through the pattern service, with its upcoded stays as evidence', async () => {
    const c = byId('hospital-upcoding#1');
    const { findings } = await runProviderCase(c, ctx);
    const f = findings.find((x) => x.metric === 'upcoding' && namesSubject(c, x));
    expect(f).toBeDefined();
    expect(f!.evidenceClaimIds.every((id) => c.mutated.includes(id))).toBe(true);
  }, 120_000);

  it('a legitimate control is not found: the doctor with a handful of visits, a costly examination on every one', async () => {
    const c = byId('small-doctor#1');
    const his = c.claims.filter((x) => x.provider.doctorId === c.subject.doctorId);
    expect(his.length).toBeGreaterThanOrEqual(1);
    expect(his.length).toBeLessThanOrEqual(6);
    // Every one of his visits carries a costly examination the catalogue prices at ¥200 or more (100% of his claims).
    const costly = (code: string) => Math.max(...Object.values(inputs.rows.byCode(code)?.priceCap ?? { x: 0 })) >= 200;
    expect(his.every((x) => x.items.some((i) => i.category === 'service' && costly(i.code)))).toBe(true);
    const { findings } = await runProviderCase(c, ctx);
    expect(findings.filter((f) => namesSubject(c, f))).toEqual([]);
  }, 120_000);
});
