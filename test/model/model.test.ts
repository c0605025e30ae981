import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { enrichClaim } from '../../src/enrich/enrich';
import type { EnrichedClaim } from '../../src/enrich/facts';
import { createAnomalyModel, type LoadedModel } from '../../src/model/anomaly-model';
import { listModels, readModelFiles, writeModelFiles } from '../../src/model/artifacts';
import { initBackend, switchBackend, tf } from '../../src/model/backend';
import { evaluateModel, STATISTICAL_PATTERNS } from '../../src/model/evaluate';
import { createModelHolder } from '../../src/model/model-holder';
import { NO_MODEL } from '../../src/model/model';
import { trainModel, type TrainedModel } from '../../src/model/train';
import type { Claim } from '../../src/contract/claim';
import { generatedSet, refs } from './helpers';
import { tempDir } from '../helpers/temp-dir';

// Train once on a small generated file, check it against a held-out file generated with another seed.
const train = generatedSet(3000, 'model-test-train', 0.05);
const heldOut = generatedSet(3000, 'model-test-holdout', 0.15);
const config = { seed: 7, epochs: 25 };
const inMemory = (t: TrainedModel): LoadedModel => createAnomalyModel({ dir: '', ...t.files });

let trained: TrainedModel;
let modelsDir: string;

beforeAll(async () => {
  expect(await initBackend('wasm')).toBe('wasm');
  trained = await trainModel(train.claims.map((c) => c.facts), train, config, new Date('2025-06-01T00:00:00Z'));
  modelsDir = tempDir('models-');
  writeModelFiles(modelsDir, { ...trained.files, metrics: trained.metrics });
});

describe('training', () => {
  it('ranks injected statistical anomalies above clean claims on a held-out file (ROC-AUC ≥ 0.85)', async () => {
    const e = await evaluateModel(inMemory(trained), heldOut);
    expect(e.statistical.patterns).toEqual(STATISTICAL_PATTERNS);
    expect(e.statistical.rocAuc).toBeGreaterThanOrEqual(0.85);
    expect(e.overall.rocAuc).toBeGreaterThan(0.6); // everything injected, including what only rules can see
    expect(e.perPattern.phantom_stay.rocAuc).toBeGreaterThan(0.9);
    // Threshold from the 2% alert rate: clean held-out claims are flagged at about that rate.
    expect(e.cleanFlagRate).toBeLessThan(0.05);
  });

  it('is reproducible: same claims and seed give the same weights and version on one backend', async () => {
    const again = await trainModel(train.claims.map((c) => c.facts), train, config, new Date('2025-06-01T00:00:00Z'));
    expect(Buffer.compare(again.files.weights, trained.files.weights)).toBe(0);
    expect(again.files.meta.version).toBe(trained.files.meta.version);
    const other = await trainModel(train.claims.map((c) => c.facts), train, { ...config, seed: 8, epochs: 2 });
    expect(Buffer.compare(other.files.weights, trained.files.weights)).not.toBe(0);
  });

  it('sets the threshold from the alert rate and records what it was trained on', () => {
    const { meta, threshold } = trained.files;
    expect(meta.version).toMatch(/^ae-20250601-[0-9a-f]{8}$/);
    expect(meta).toMatchObject({ seed: 7, dataSha256: 'test-model-test-train', trainingClaims: train.claims.length, backend: 'wasm' });
    expect(threshold.alertRate).toBe(0.02);
    expect(threshold.threshold).toBeCloseTo(0.98, 3);
    expect(createAnomalyModel({ dir: '', ...trained.files }, { alertRate: 0.05 }).threshold).toBeCloseTo(0.95, 3);
  });
});

describe('model directory', () => {
  it('holds the files a model needs, small', () => {
    const [{ version }] = listModels(modelsDir);
    const dir = join(modelsDir, version);
    for (const f of ['model.json', 'weights.bin', 'features.json', 'normalization.json', 'threshold.json', 'metrics.json', 'meta.json']) {
      expect(readFileSync(join(dir, f)).length).toBeGreaterThan(0);
    }
  });

  it('round-trips: the loaded model scores exactly as the trained one', async () => {
    const claims = heldOut.claims.slice(0, 500);
    const loaded = createAnomalyModel(readModelFiles(join(modelsDir, trained.files.meta.version)));
    const a = await inMemory(trained).scoreBatch(claims);
    const b = await loaded.scoreBatch(claims);
    expect(b.map((s) => s.score)).toEqual(a.map((s) => s.score));
    expect(loaded.version).toBe(trained.files.meta.version);
  });

  it('the holder loads the newest model, or a named one, and reloads without a restart', () => {
    const empty = tempDir('models-empty-');
    const holder = createModelHolder({ modelsDir: empty });
    expect(holder.current()).toBe(NO_MODEL);
    writeModelFiles(empty, { ...trained.files, metrics: trained.metrics });
    expect(holder.reload().version).toBe(trained.files.meta.version);
    expect(createModelHolder({ modelsDir: empty, name: 'none' }).current()).toBe(NO_MODEL);
    expect(() => createModelHolder({ modelsDir: empty, name: 'ae-19990101-deadbeef' })).toThrow(/no model/);
  });

  it("a reload frees the replaced model's network once no batch is scoring with it; a batch in flight keeps it", async () => {
    const dir = tempDir('models-reload-');
    writeModelFiles(dir, { ...trained.files, metrics: trained.metrics });
    const holder = createModelHolder({ modelsDir: dir });
    const claims = heldOut.claims.slice(0, 20);
    const settled = () => new Promise((r) => setImmediate(r));
    const base = tf.memory().numTensors;
    const replaced = holder.current();
    const scores = (await replaced.scoreBatch(claims)).map((s) => s.score);
    expect(tf.memory().numTensors).toBeGreaterThan(base); // its weights and the kernels reshaped once
    const inFlight = replaced.scoreBatch(claims);
    holder.reload();
    expect((await inFlight).map((s) => s.score)).toEqual(scores);
    await settled();
    expect(tf.memory().numTensors).toBe(base);
    // A batch that took it before the reload and scores only now: builds it again, and frees it after.
    expect((await replaced.scoreBatch(claims)).map((s) => s.score)).toEqual(scores);
    await settled();
    expect(tf.memory().numTensors).toBe(base);
  });
});

describe('explanation', () => {
  /** A clean inpatient stay from the held-out file whose drug lines are billed at 20 times the quantity. */
  function craftedOutlier(): { base: EnrichedClaim; crafted: EnrichedClaim } {
    const base = heldOut.claims.find((c, i) => heldOut.labels[i] === null && c.facts.inpatient && c.facts.items.filter((it) => it.category === 'drug').length >= 2 && c.facts.items.some((it) => it.category !== 'drug'))!;
    const claim: Claim = JSON.parse(JSON.stringify(base.claim));
    for (const it of claim.items) {
      if (it.category !== 'drug') continue;
      it.quantity *= 20;
      it.amount = Math.round(it.quantity * it.unitPrice * 100) / 100;
    }
    const totalFen = claim.items.reduce((s, it) => s + Math.round(it.amount * 100), 0);
    claim.amounts = { total: totalFen / 100, policy: totalFen / 100, fundClaimed: Math.floor(totalFen * 0.8) / 100 };
    return { base, crafted: enrichClaim(claim, refs) };
  }

  it('names the fraud-direction deviation first, with the claim value and the peer median, and the model version', async () => {
    const model = inMemory(trained);
    const { base, crafted } = craftedOutlier();
    const [before, after] = await model.explain([base, crafted]);
    expect(after.score).toBeGreaterThan(before.score);
    // Drugs at 20 times the quantity: a cost far above the stay's DRG peers, named first (fraud-signal.ts).
    const lead = after.top[0];
    expect(['total_cost', 'cost_vs_norm', 'max_quantity_ratio']).toContain(lead.feature);
    expect(parseFloat(lead.value)).toBeGreaterThanOrEqual(2 * parseFloat(lead.peerMedian));

    const [scored] = await model.scoreBatch([crafted]);
    expect(scored.score).toBeGreaterThan(model.threshold);
    expect(scored.hit).toMatchObject({ family: 'anomaly', ruleId: 'anomaly.autoencoder' });
    expect(scored.hit!.message).toContain(`${lead.label} ${lead.value}，同组中位数 ${lead.peerMedian}`);
    expect(scored.hit!.evidence).toMatchObject({ modelVersion: trained.files.meta.version });
  });
});

describe('fraud signals: only a material fraud-direction deviation sends a claim to review', () => {
  const cleanVisit = () =>
    heldOut.claims.find((c, i) => heldOut.labels[i] === null && !c.facts.inpatient && c.facts.visitType === 'outpatient' && c.facts.items.length >= 3 && c.facts.items.some((it) => it.category === 'drug'))!;
  const reEnrich = (claim: Claim) => enrichClaim(claim, refs);

  it('does not send a legitimate but uncommon visit to review when its only deviations are neutral traits', async () => {
    const model = inMemory(trained);
    const base = cleanVisit();
    const claim: Claim = JSON.parse(JSON.stringify(base.claim));
    // No drugs at all (a screening or antenatal visit), many recorded conditions (multimorbidity): unusual, not suspect.
    claim.items = claim.items.filter((it) => it.category !== 'drug');
    const extra = ['I10.x00x002', 'E11.900', 'N18.300', 'I25.103', 'J44.100', 'M17.000', 'E78.500', 'K21.000'];
    claim.diagnoses = [...claim.diagnoses, ...extra.map((code) => ({ code, type: 'secondary' as const }))];
    const totalFen = claim.items.reduce((s, it) => s + Math.round(it.amount * 100), 0);
    claim.amounts = { total: totalFen / 100, policy: totalFen / 100, fundClaimed: Math.floor(totalFen * 0.5) / 100 };
    const odd = reEnrich(claim);
    const [row] = await model.scoreRows([odd.facts]);
    // The network does find it unusual (else this test could not fail) …
    expect(row.rawScore).toBeGreaterThan(model.threshold);
    // … but no feature with a fraud direction backs it: capped at the threshold, no hit, no review.
    expect(row.signals).toEqual([]);
    expect(row.score).toBeLessThanOrEqual(model.threshold);
    const [scored] = await model.scoreBatch([odd]);
    expect(scored.hit).toBeNull();
  });

  it('still sends a visit costing far above its diagnosis peers to review, naming the cost', async () => {
    const model = inMemory(trained);
    const base = cleanVisit();
    const claim: Claim = JSON.parse(JSON.stringify(base.claim));
    for (const it of claim.items) {
      it.quantity *= 6;
      it.amount = Math.round(it.quantity * it.unitPrice * 100) / 100;
    }
    const totalFen = claim.items.reduce((s, it) => s + Math.round(it.amount * 100), 0);
    claim.amounts = { total: totalFen / 100, policy: totalFen / 100, fundClaimed: Math.floor(totalFen * 0.5) / 100 };
    const costly = reEnrich(claim);
    const [row] = await model.scoreRows([costly.facts]);
    expect(row.group).toMatch(/^dx:outpatient\|/);
    expect(row.signals).toContain('total_cost');
    const [scored] = await model.scoreBatch([costly]);
    expect(scored.score).toBeGreaterThan(model.threshold);
    expect(scored.hit!.message).toMatch(/总费用 [\d.]+，同组中位数/);
  });
});

describe('backends', () => {
  afterAll(() => switchBackend('wasm'));

  it('wasm and cpu agree within float32 rounding', async () => {
    const claims = heldOut.claims.slice(0, 300);
    const files = readModelFiles(join(modelsDir, trained.files.meta.version));
    const onWasm = await createAnomalyModel(files).scoreRows(claims.map((c) => c.facts));
    expect(await switchBackend('cpu')).toBe('cpu');
    const onCpu = await createAnomalyModel(files).scoreRows(claims.map((c) => c.facts));
    const maxScoreDiff = Math.max(...onWasm.map((r, i) => Math.abs(r.score - onCpu[i].score)));
    const maxRelErr = Math.max(...onWasm.map((r, i) => Math.abs(r.error - onCpu[i].error) / Math.max(r.error, 1e-6)));
    expect(maxScoreDiff).toBeLessThan(1e-4);
    expect(maxRelErr).toBeLessThan(1e-4);
  });
});
