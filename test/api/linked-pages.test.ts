import request from 'supertest';
import { join } from 'node:path';
import { createMemoryStore } from '../../src/features/stores';
import { diagnosisNamesOnDisk } from '../../src/api/routes/diagnosis-names';
import { authedApp, withKey } from '../helpers/auth';
import { makeHit, makeReviewed } from '../helpers/fixtures';

// The linked pages' API (issue 20.3): a case's related cases (same member, the other claim of a pair hit, the
// same doctor's case with a hit on the same item) within the reader's provinces; diagnoses with their Chinese
// names from the shipped CHS-DRG table; the insured person's page opened from a case (masked, other provinces
// only counted, cases, findings, monthly flag rates); a provider's full claim list, paged from the verdict columns.

const MEMBER = 'INS-5101-777777';
const DRUG = 'XN02BEA171A001010103456'; // line 1 of the fixture claim
const claimOf = (id: string, region: string, doctorId: string, date: string, insuredId: string, hospitalId = 'H1') => ({
  claimId: id, region, admissionDate: date,
  provider: { hospitalId, level: 3 as const, department: '神经内科', doctorId },
  patient: { insuredId, gender: 'M' as const, birthDate: '1958-06-12', name: '张三丰' },
});
const onLine = (ruleId: string, line: string, amount = 10) => makeHit({ ruleId, lineIds: [line], amount });

const REVIEWED = [
  // The member's: M1 is paired with M2 by a cross-claim rule; M3 is in Jilin; M4 passed.
  makeReviewed(claimOf('M1', '510100', 'D1', '2025-01-05', MEMBER), { decision: 'review', hits: [
    onLine('catalogue.quantity-per-day', '1', 12.5), onLine('catalogue.quantity-per-day', '1', 7.5),
    makeHit({ ruleId: 'history.overlapping-stay', lineIds: [], amount: 20, evidence: { otherClaim: 'M2', otherFrom: '2025-01-06', nested: true } }),
    makeHit({ ruleId: 'history.same-day-two-hospitals', lineIds: [], amount: null, evidence: { otherClaim: 'M3', otherHospital: 'H3' } }),
  ] }),
  makeReviewed(claimOf('M2', '510100', 'D9', '2025-01-06', MEMBER), { decision: 'review', hits: [onLine('catalogue.exclusive-items', '2')] }),
  makeReviewed(claimOf('M3', '220100', 'D7', '2025-02-01', MEMBER, 'H3'), { decision: 'reject', hits: [makeHit({ ruleId: 'catalogue.gender-restricted', severity: 'block' })] }),
  makeReviewed(claimOf('M4', '510100', 'D1', '2025-02-10', MEMBER), { decision: 'pass' }),
  // Doctor D1 at H1: O1 has a hit on the same drug (related), O2 on another item (not), O3 is doctor D10 (a longer code).
  makeReviewed(claimOf('O1', '510100', 'D1', '2025-03-01', 'INS-5101-000101'), { decision: 'review', hits: [onLine('catalogue.days-of-supply', '1')] }),
  makeReviewed(claimOf('O2', '510100', 'D1', '2025-03-02', 'INS-5101-000102'), { decision: 'review', hits: [onLine('catalogue.exclusive-items', '2')] }),
  makeReviewed(claimOf('O3', '510100', 'D10', '2025-03-03', 'INS-5101-000103'), { decision: 'review', hits: [onLine('catalogue.days-of-supply', '1')] }),
  makeReviewed(claimOf('P1', '510100', 'D1', '2025-03-04', 'INS-5101-000104'), { decision: 'pass' }),
];

async function setup() {
  const t = await authedApp();
  await t.ctx.store.saveReviews(REVIEWED);
  const sichuan = t.as.investigator;
  const jilin = await withKey(t.ctx.store, 'investigator', ['22'], { name: 'jilin' });
  return { ...t, sichuan, jilin };
}

describe('linked pages API', () => {
  it('a case lists its related cases, each with why, only in the reader\'s provinces', async () => {
    const t = await setup();
    const d = (await request(t.app).get('/api/v1/cases/M1').set(t.sichuan).expect(200)).body;
    const related = Object.fromEntries(d.relatedCases.map((r: { claimId: string; relations: unknown[] }) => [r.claimId, r.relations]));
    expect(related).toEqual({
      M2: [{ kind: 'pair', ruleId: 'history.overlapping-stay' }, { kind: 'member' }],
      O1: [{ kind: 'doctor-item', itemCode: DRUG }],
    });
    // M3 (the member's, paired by the same-day rule) is in Jilin: counted, not shown, here and among the member's claims.
    expect(d.relatedCasesInOtherProvinces).toBe(1);
    expect(d.memberClaimsInOtherProvinces).toBe(1);
    expect(JSON.stringify(d.relatedCases)).not.toContain('M3');
    expect(d.relatedCases.find((r: { claimId: string }) => r.claimId === 'O1')).toMatchObject({ status: 'new', decision: 'review', doctorId: 'D1', amountAtStake: 10, ruleIds: ['catalogue.days-of-supply'] });
    // Every related case opens.
    for (const id of Object.keys(related)) await request(t.app).get(`/api/v1/cases/${id}`).set(t.sichuan).expect(200);
    // The national reader sees M3 as the member's case.
    const all = (await request(t.app).get('/api/v1/cases/M1').set(t.as.auditor).expect(200)).body;
    expect(all.relatedCases.map((r: { claimId: string }) => r.claimId).sort()).toEqual(['M2', 'M3', 'O1']);
    expect(all.relatedCases.find((r: { claimId: string }) => r.claimId === 'M3').relations).toEqual([{ kind: 'pair', ruleId: 'history.same-day-two-hospitals' }, { kind: 'member' }]);
    expect(all.relatedCasesInOtherProvinces).toBe(0);
    await t.ctx.store.close();
  });

  it('names the diagnoses in Chinese from the CHS-DRG table', async () => {
    const t = await setup();
    const d = (await request(t.app).get('/api/v1/cases/M1').set(t.sichuan).expect(200)).body;
    expect(d.diagnoses).toEqual([{ code: 'I63.900', principal: true, name: '脑梗死' }, { code: 'I10.x00', name: '特发性（原发性）高血压' }]);
    await t.ctx.store.close();
  });

  it('the service that judges on another thread reads the names from the rules directory (none there: codes only)', () => {
    expect(diagnosisNamesOnDisk(join(__dirname, '../../rules'))('I63.900')).toBe('脑梗死');
    expect(diagnosisNamesOnDisk(join(__dirname, 'no-such-dir'))('I63.900')).toBeUndefined();
  });

  it('the insured person\'s page: masked, the reader\'s provinces only, cases, findings and monthly rates', async () => {
    const t = await setup();
    const m = (await request(t.app).get('/api/v1/cases/M2/member').set(t.sichuan).expect(200)).body;
    expect(m.insuredId).not.toContain('777777');
    expect(m.insuredId).toMatch(/\*/);
    expect(JSON.stringify(m)).not.toContain(MEMBER);
    expect(m.claims.map((c: { claimId: string; caseStatus: string | null }) => [c.claimId, c.caseStatus])).toEqual([['M4', null], ['M2', 'new'], ['M1', 'new']]);
    expect(m.otherProvinces).toBe(1);
    expect(m.cases.map((c: { claimId: string }) => c.claimId).sort()).toEqual(['M1', 'M2']);
    expect(m.findings).toEqual([
      { ruleId: 'catalogue.exclusive-items', claims: 1, amountAtStake: 10 },
      { ruleId: 'catalogue.quantity-per-day', claims: 1, amountAtStake: 40 },
      { ruleId: 'history.overlapping-stay', claims: 1, amountAtStake: 40 },
      { ruleId: 'history.same-day-two-hospitals', claims: 1, amountAtStake: 40 },
    ]);
    expect(m.months).toEqual([{ month: '2025-01', claims: 2, flagged: 2, flagRate: 1 }, { month: '2025-02', claims: 1, flagged: 0, flagRate: 0 }]);
    // Opened from a case of another province: refused like the case itself.
    const refused = await request(t.app).get('/api/v1/cases/M3/member').set(t.sichuan).expect(403);
    expect(refused.body.code).toBe('outside-provinces');
    await request(t.app).get('/api/v1/cases/NOPE/member').set(t.sichuan).expect(404);
    await t.ctx.store.close();
  });

  it('a provider\'s claims: every reviewed claim, paged newest first, doctor exact, scoped, with case status', async () => {
    const t = await setup();
    const page = async (q: string, as = t.sichuan) => (await request(t.app).get(`/api/v1/providers/claims?${q}`).set(as).expect(200)).body;
    const first = await page('hospitalId=H1&limit=3');
    expect(first.total).toBe(7);
    expect(first.items.map((c: { claimId: string }) => c.claimId)).toEqual(['P1', 'O3', 'O2']);
    expect(first.items[0]).toMatchObject({ decision: 'pass', caseStatus: null, doctorId: 'D1', visitType: 'inpatient' });
    expect(first.items[1]).toMatchObject({ decision: 'review', caseStatus: 'new', amountAtStake: 10, ruleIds: ['catalogue.days-of-supply'] });
    const seen = [...first.items];
    let next = first.next;
    while (next) {
      const p = await page(`hospitalId=H1&limit=3&cursor=${encodeURIComponent(next)}`);
      seen.push(...p.items);
      next = p.next;
    }
    expect(seen.map((c: { claimId: string }) => c.claimId)).toEqual(['P1', 'O3', 'O2', 'O1', 'M4', 'M2', 'M1']);
    expect((await page('hospitalId=H1&doctorId=D1')).items.map((c: { claimId: string }) => c.claimId)).toEqual(['P1', 'O2', 'O1', 'M4', 'M1']);
    expect((await page('hospitalId=H1&doctorId=D1&flagged=true')).total).toBe(3);
    expect((await page('hospitalId=H1&from=2025-03-01&to=2025-03-02')).items.map((c: { claimId: string }) => c.claimId)).toEqual(['O2', 'O1']);
    // Jilin's reader sees none of H1's claims, and may not ask for Sichuan.
    expect((await page('hospitalId=H1', t.jilin)).total).toBe(0);
    expect((await request(t.app).get('/api/v1/providers/claims?hospitalId=H1&province=51').set(t.jilin).expect(403)).body.code).toBe('outside-provinces');
    expect((await request(t.app).get('/api/v1/providers/claims?hospitalId=H1&cursor=nonsense').set(t.sichuan).expect(400)).body.code).toBe('bad-cursor');
    expect((await request(t.app).get('/api/v1/providers/claims').set(t.sichuan).expect(400)).body.errors[0].path).toBe('hospitalId');
    await request(t.app).get('/api/v1/providers/claims?hospitalId=H1').set(t.as.intake).expect(403);
    await t.ctx.store.close();
  });

  it('the memory store pages a provider\'s claims as SQLite does', async () => {
    const t = await setup();
    const memory = createMemoryStore();
    await memory.saveReviews(REVIEWED);
    for (const q of [
      { scope: {}, hospitalId: 'H1', limit: 3 },
      { scope: {}, hospitalId: 'H1', limit: 3, after: { serviceDate: '2025-03-02', claimId: 'O2' } },
      { scope: { provinces: ['51'], from: '2025-01-01', to: '2025-02-28' }, hospitalId: 'H1', doctorId: 'D1', limit: 10 },
      { scope: {}, hospitalId: 'H1', flagged: true, limit: 10 },
      { scope: {}, hospitalId: 'H1', flagged: false, limit: 10 },
    ]) {
      expect(await memory.providerClaims(q)).toEqual(await t.ctx.store.providerClaims(q));
    }
    await memory.close();
    await t.ctx.store.close();
  });
});
