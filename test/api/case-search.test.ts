import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import request from 'supertest';
import { authedApp } from '../helpers/auth';
import { makeReviewed } from '../helpers/fixtures';
import { reviewedFrom } from '../features/cases/case-store-contract';

// Issue 20 point 2: finding a case by claim number, insured ID (exact, through a keyed hash: the list stays masked
// and the stored index does not give IDs away), the patient's name; hospital, doctor and department by code prefix
// (departments also by Chinese name); total counts beside every page.

const BASE = { region: '510100', hospitalId: 'H51010001', level: 3 as const, department: 'cardiology', doctorId: 'D0042', date: '2025-01-05', decision: 'review' as const, score: 0.5, hits: [['catalogue.gender', 100]] as [string, number][] };

const OTHER = { hospitalId: 'H51019999', level: 2 as const, department: 'dermatology', doctorId: 'X0001' };

async function setup() {
  const t = await authedApp();
  await t.ctx.store.saveReviews([
    reviewedFrom({ ...BASE, id: 'CLM-2025-0001' }),
    reviewedFrom({ ...BASE, id: 'CLM-2025-0002', hospitalId: 'H51010002', doctorId: 'D0043', department: 'orthopaedics' }),
    reviewedFrom({ ...BASE, id: 'CLM-2024-0003', hospitalId: 'H51070001', department: 'neurology' }),
    makeReviewed({ claimId: 'NAMED-1', region: '510100', provider: OTHER, patient: { insuredId: 'P5101000777', gender: 'F', birthDate: '1970-01-01', name: '王小红' } }, { decision: 'reject' }),
    makeReviewed({ claimId: 'NAMED-2', region: '510100', provider: OTHER, patient: { insuredId: 'P5101000778', gender: 'F', birthDate: '1971-01-01', name: '王小明' } }, { decision: 'reject' }),
  ]);
  const find = async (q: string) => {
    const body = (await request(t.app).get(`/api/v1/cases?${q}`).set(t.as.auditor).expect(200)).body;
    return { ids: body.items.map((i: { claimId: string }) => i.claimId).sort(), total: body.total as number, items: body.items };
  };
  return { ...t, find };
}

describe('case search', () => {
  it('finds by claim number (a prefix, taken literally)', async () => {
    const { find } = await setup();
    expect(await find('claim=CLM-2025-0002')).toMatchObject({ ids: ['CLM-2025-0002'], total: 1 });
    expect(await find('claim=CLM-2025')).toMatchObject({ ids: ['CLM-2025-0001', 'CLM-2025-0002'], total: 2 });
    expect((await find('claim=CLM-2026')).ids).toEqual([]);
  });

  it('finds by the whole insured ID only, shows it masked, and stores only a keyed hash of it', async () => {
    const { find, dir, app, as } = await setup();
    const hit = await find('insuredId=P5101000777');
    expect(hit).toMatchObject({ ids: ['NAMED-1'], total: 1 });
    expect(hit.items[0].insuredId).toBe('P51******77');
    // A part of the ID finds nothing: there is no prefix of a hash.
    expect((await find('insuredId=P510100077')).ids).toEqual([]);
    expect((await find('insuredId=P5101000779')).ids).toEqual([]);
    await request(app).get('/api/v1/cases?insuredId=').set(as.auditor).expect(400);
    const db = new Database(join(dir, 'review.db'), { readonly: true });
    const key = db.prepare("SELECT insured_key FROM cases WHERE claim_id = 'NAMED-1'").pluck().get() as string;
    db.close();
    expect(key).toMatch(/^[0-9a-f]{8}:[0-9a-f]{64}$/);
    expect(key).not.toContain('P5101000777');
    // Not a plain hash anyone could compute from a guessed ID: it needs the pepper.
    expect(key.slice(9)).not.toBe(createHash('sha256').update('P5101000777').digest('hex'));
    expect(key.slice(9)).not.toBe(createHash('sha256').update('insured:P5101000777').digest('hex'));
  });

  it('finds by the whole name, not a part of it', async () => {
    const { find } = await setup();
    expect((await find(`patientName=${encodeURIComponent('王小红')}`)).ids).toEqual(['NAMED-1']);
    expect((await find(`patientName=${encodeURIComponent('王')}`)).ids).toEqual([]);
  });

  it('finds hospitals and doctors by code prefix, departments by code prefix or Chinese name', async () => {
    const { find } = await setup();
    expect((await find('hospital=H5101000')).ids).toEqual(['CLM-2025-0001', 'CLM-2025-0002']);
    expect((await find('hospital=H51070001')).ids).toEqual(['CLM-2024-0003']);
    expect((await find('doctor=D004')).ids).toEqual(['CLM-2024-0003', 'CLM-2025-0001', 'CLM-2025-0002']);
    expect((await find('doctor=D0043')).ids).toEqual(['CLM-2025-0002']);
    expect((await find(`department=${encodeURIComponent('骨科')}`)).ids).toEqual(['CLM-2025-0002']);
    expect((await find(`department=${encodeURIComponent('内科')}`)).ids).toEqual(['CLM-2024-0003', 'CLM-2025-0001']); // 心血管内科, 神经内科
    expect((await find('department=ortho')).ids).toEqual(['CLM-2025-0002']);
  });

  it('gives the total of the whole filter beside each page', async () => {
    const { app, as } = await setup();
    const first = (await request(app).get('/api/v1/cases?limit=2').set(as.auditor).expect(200)).body;
    expect(first.items).toHaveLength(2);
    expect(first.total).toBe(5);
    const second = (await request(app).get(`/api/v1/cases?limit=2&cursor=${first.next}`).set(as.auditor).expect(200)).body;
    expect(second.total).toBe(5);
    // An investigator's total counts its provinces only.
    expect((await request(app).get('/api/v1/cases?province=22').set(as.investigator).expect(200)).body.total).toBe(0);
  });
});
