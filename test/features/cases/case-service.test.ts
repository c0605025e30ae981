import { OutcomeError } from '../../../src/contract/outcome';
import { caseService } from '../../../src/features/cases/case-service';
import type { Principal } from '../../../src/features/keys/principal';
import { createMemoryStore } from '../../../src/features/stores';
import { makeClaim, makeHit, makeReviewed } from '../../helpers/fixtures';

// The case rules without HTTP: a caller outside the API gets the same checks, as domain outcomes.

const jilin: Principal = { keyId: 'k1', name: '吉林稽核员', role: 'investigator', provinces: ['22'] };
const sichuan: Principal = { keyId: 'k2', name: '四川稽核员', role: 'investigator', provinces: ['51'] };

async function outcomeOf(p: Promise<unknown>) {
  try {
    await p;
  } catch (err) {
    if (err instanceof OutcomeError) return err.outcome;
    throw err;
  }
  throw new Error('expected a domain error');
}

describe('case service', () => {
  const store = createMemoryStore();
  const cases = caseService(store);
  const seen = async (id: string) => ({ expectedUpdatedAt: (await store.getCase(id))!.updatedAt });
  beforeAll(async () => {
    const claim = makeClaim({ claimId: 'C-1', region: '220100' });
    await store.saveReviews([makeReviewed(claim, { decision: 'review', riskScore: 0.7, hits: [makeHit()] })]);
    await store.createApiKey({ id: 'k1', name: '吉林稽核员', role: 'investigator', provinces: ['22'], hash: 'x', createdAt: '2025-01-01T00:00:00Z', createdBy: 't', revokedAt: null });
  });

  it('walks the workflow, each step in the audit trail', async () => {
    expect((await cases.assign(jilin, 'C-1', { assignee: '吉林稽核员', ...(await seen('C-1')) })).status).toBe('assigned');
    expect((await cases.transition(jilin, 'C-1', { action: 'start', ...(await seen('C-1')) })).status).toBe('investigating');
    const confirm = { action: 'confirm' as const, violationType: '串换项目' as const, outcome: { amountToRecover: 88.5, summary: '追回' } };
    expect((await cases.transition(jilin, 'C-1', { ...confirm, ...(await seen('C-1')) })).status).toBe('confirmed');
    const { entries } = await cases.audit(jilin, 'C-1');
    expect(entries.map((e) => [e.action, e.from, e.to])).toEqual([
      ['assign', null, '吉林稽核员'],
      ['status', 'new', 'assigned'],
      ['status', 'assigned', 'investigating'],
      ['status', 'investigating', 'confirmed'],
      ['outcome', null, '88.5'],
    ]);
    expect(await store.getCaseWork('C-1')).toEqual({ assignee: '吉林稽核员', outcome: { amountToRecoverFen: 8850, summary: '追回', violationType: '串换项目' }, dismissal: null, approval: null });
  });

  it('answers with typed outcomes, not HTTP errors', async () => {
    expect(await outcomeOf(cases.transition(jilin, 'C-1', { action: 'start', ...(await seen('C-1')) }))).toMatchObject({ code: 'conflict', errorCode: 'illegal-transition', details: { status: 'confirmed', allowedActions: ['reopen'] } });
    expect(await outcomeOf(cases.detail(sichuan, 'C-1', false))).toEqual({ code: 'forbidden', errorCode: 'outside-provinces', message: 'case C-1 is outside your provinces' });
    expect(await outcomeOf(cases.addNote(jilin, 'C-404', 'x'))).toEqual({ code: 'not-found', message: 'case for claim C-404 not found' });
    expect(await outcomeOf(cases.transition(jilin, 'C-1', { action: 'dismiss', outcome: { amountToRecover: 1, summary: 'x' }, ...(await seen('C-1')) }))).toMatchObject({ code: 'invalid', errors: [{ path: 'outcome' }] });
    expect(await outcomeOf(cases.transition(jilin, 'C-1', { action: 'reopen', expectedUpdatedAt: '2020-01-01T00:00:00.000Z' }))).toMatchObject({ code: 'conflict', errorCode: 'stale', details: { current: { status: 'confirmed', assignee: '吉林稽核员' } } });
    expect(await outcomeOf(cases.list(jilin, { filter: {}, sort: { field: 'amount', dir: 'desc' }, limit: 10, cursor: 'bm9wZQ' }))).toMatchObject({ code: 'invalid' });
  });
});
