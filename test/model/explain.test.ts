import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { anomalyHit, explainRow, withCurrentLabels, type Explanation } from '../../src/model/explain';
import { FEATURES, type FeatureDef } from '../../src/model/features';

// Investigators read the anomaly finding (message, evidence, console, 3101, logs): in Chinese, whichever model
// explains it, including one whose features.json was saved with the English labels.

const LATIN_WORD = /[A-Za-z]{2,}/;
const HAN = /[\u4e00-\u9fff]/;
const modelsDir = join(__dirname, '..', '..', 'models');
const served = readdirSync(modelsDir).find((d) => d.startsWith('ae-'))!;
const savedDefs: FeatureDef[] = JSON.parse(readFileSync(join(modelsDir, served, 'features.json'), 'utf8')).features;

/** One row where the named features stand apart from the peers and carry the reconstruction error. */
function row(defs: readonly FeatureDef[], apart: Record<string, number>) {
  const x = defs.map((d) => apart[d.name] ?? 0);
  const z = defs.map((d) => (d.name in apart ? 4 : 0));
  const sq = defs.map((d) => (d.name in apart ? 1 : 0.01));
  return { x, z, sq, median: defs.map(() => 0) };
}

describe('the anomaly finding speaks Chinese', () => {
  it('labels every feature in Chinese, with no English word', () => {
    for (const f of FEATURES) {
      expect(f.label).toMatch(HAN);
      expect(f.label).not.toMatch(LATIN_WORD);
    }
  });

  it('names the features of a model saved with English labels by their Chinese ones, flags as 是/否', () => {
    expect(savedDefs.length).toBe(FEATURES.length);
    const r = row(savedDefs, { bed_share: 0.57, weekend_admission: 1 });
    const top = explainRow(savedDefs, r.x, r.z, r.sq, r.median, 3, ['bed_share']);
    expect(top.map((t) => [t.feature, t.label])).toEqual([['bed_share', '床位护理费占比'], ['weekend_admission', '周末入院']]);
    // The evidence's machine values stay as they were (the console reads yes/no).
    expect(top[1]).toMatchObject({ value: 'yes', peerMedian: 'no' });

    const e: Explanation = { modelVersion: served, score: 0.9931, threshold: 0.98, error: 1, peerGroup: 'drg:ES35|adult', peerCount: 80, top };
    const hit = anomalyHit(e);
    expect(hit.message).toBe('与同组相比异常（同组 drg:ES35|adult，异常分 0.993）：床位护理费占比 0.57，同组中位数 0.00；周末入院 是，同组中位数 否');
    // Nothing English but the peer group's machine code.
    expect(hit.message.replace(e.peerGroup, '')).not.toMatch(LATIN_WORD);
    expect(hit.evidence).toMatchObject({ peerGroup: 'drg:ES35|adult', score: 0.9931, top: [expect.objectContaining({ label: '床位护理费占比' }), expect.anything()] });
  });

  it('relabels a stored explanation by feature name, leaving the rest as it was', () => {
    const stored = {
      modelVersion: 'ae-1', score: 0.99, peerGroup: 'drg:FV25',
      top: [{ feature: 'drug_share', label: 'drug share', value: '0.81', peerMedian: '0.35', z: 3.2, share: 0.6 }, { feature: 'retired_feature', label: 'old label', value: '1' }],
    };
    expect(withCurrentLabels(stored)).toEqual({
      ...stored,
      top: [{ ...stored.top[0], label: '药品费占比' }, stored.top[1]],
    });
    expect(withCurrentLabels({ limit: 3 })).toEqual({ limit: 3 });
  });
});
