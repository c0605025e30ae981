import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';

// The provider-level figures at a fixed seed (as typology-targets.test.ts does for the claim typologies), five
// cases per provider typology and control: recall = a pattern finding of the expected metric naming the subject;
// a control's false finding = any finding naming the subject. Pinned as measured, not as targets: a change to
// the pattern metrics, the rules they read (upcoding, 低倍率) or the cases moves them, and the README's figures
// with them. The model takes no part in the provider patterns (--model none).
// Re-pinned when the costly-item share moved into clinical context (the same DRG and diagnosis), the length of stay
// into the department, a finding's excess got a significance test with the provider's tests as one family, and the
// ledger began keeping a stay's costly consumables: the specialty controls and the ordinary peers lost their
// costly-item findings (they were casemix, not excess), the costly consumable on stays became visible.
// Re-pinned when the sample norms were regenerated (the generator's inpatient bronchitis became 65–90, blind43 round):
// induced admissions 4 → 5 of 5, doctor costly consumable 3 → 4 of 5, rehabilitation long stays flagged 1 → 2 of 5.
// Again when a member's unpaired organ could no longer be removed twice (the generator's draws moved): induced admissions
// 5 → 4 of 5, rehabilitation long stays flagged 2 → 0 of 5, the tertiary MCC referral control flagged 1 → 2 of 5.
// Again when the generator's single CKD stay became three admitted for an acute reason (hyperkalaemia, fluid overload,
// pneumonia) and the norms were regenerated from them (the draws moved; the same figures with and without the re-landed
// maintenance-dialysis rule): induced admissions 4 → 5 of 5, rehabilitation long stays flagged 0 → 1 of 5 (length of
// stay against the department's peers), the tertiary MCC referral control flagged 2 → 1 of 5.
// Again when a stay paid by the bed-day left the length over the DRG norm and took its setting for clinical context,
// a Z51 course's context gained its tumour, and a stay's length moved into its clinical context within the department
// (fx-prov): rehabilitation long stays flagged 2 → 0 of 5, the tertiary MCC referral control 1 → 0 of 5 (its chest CT
// was on lung-cancer courses held against the peers' courses of other tumours).

const ROOT = resolve(__dirname, '../..');
const BIN = join(ROOT, 'dist/src/cli.js');

describe('evaluation: provider-level typologies and controls, seed evaluate-1', () => {
  const out = spawnSync(
    process.execPath,
    [BIN, 'evaluate', '--seed', 'evaluate-1', '--per-typology', '1', '--provider-cases', '5', '--model', 'none', '--generator-count', '0', '--json'],
    { cwd: ROOT, encoding: 'utf8', env: { ...process.env, LOG_LEVEL: 'warn' } },
  );
  const report = () => {
    expect(out.status).toBe(0);
    return JSON.parse(out.stdout).providers as {
      typologies: Array<{ id: string; cases: number; found: number; evidenceNamesMutated: number; peersFlaggedRate: number }>;
      controls: Array<{ id: string; cases: number; falseFindings: number; metrics: Record<string, number>; peersFlaggedRate: number }>;
    };
  };

  it('finds the provider typologies a metric watches, the costly consumable on stays among them', () => {
    const r = report();
    expect(Object.fromEntries(r.typologies.map((t) => [t.id, `${t.found}/${t.cases}`]))).toEqual({
      // Misses: peers with no comparable admissions in the quarter, no baseline for the window. (The ninth round's
      // generator changes — rehabilitation assessments, high-flow hours, eye drops, the discectomy's fusion — and the
      // norms made from them moved these five cases: cluster 3 → 4, costly consumable 4 → 3.)
      'induced-admission-cluster': '5/5',
      'doctor-costly-exam': '5/5',
      // The ledger keeps a stay's costly consumables. 4 → 5 (fx-cons): the miss was a laparoscopic trocar drawn for a
      // general surgeon whose peers put it on half their stays (their routine; he added it to 4 of 11), and the
      // builder now takes an item his peers do not use routinely, as the typology's description says.
      'doctor-costly-consumable': '5/5',
      'hospital-upcoding': '5/5',
      // 5 → 4 with the twenty-first round's generator change (the discectomy/fusion split and the norms made from it:
      // bisected to that merge, b0e32ac). The miss (examined, fx-bb): a level-1 hospital's URI and gastroenteritis stays
      // of 2–4 nights cost 0.46–0.85 of their DRG's norm (DT19 459 yuan): low-standard, but not 低倍率 (< 0.4), the
      // metric's reach, not a fault.
      // 4/5 → 5/5 with gastric34's generator fix (pancreatitis tube on admission, coronary stay admitted for its angina) and the norms made from it.
      'hospital-low-standard-admissions': '5/5',
      'hospital-split-readmissions': '5/5',
    });
    // Every finding of a found case lists changed claims among its evidence.
    for (const t of r.typologies) expect(t.evidenceNamesMutated).toBe(t.found);
  });

  it('the legitimate providers: specialty hospitals compared within clinical context are not found; ordinary peers carry no finding', () => {
    const r = report();
    expect(Object.fromEntries(r.controls.map((c) => [c.id, `${c.falseFindings}/${c.cases}`]))).toEqual({
      'cardiology-centre-pci': '0/5',
      'geriatric-hospital': '0/5',
      // Chemotherapy courses compared with the peers' courses of the same tumour (Z51 with its C code).
      'tertiary-mcc-referral': '0/5',
      'small-doctor': '0/5',
      // Rehabilitation stays are paid by the bed-day: not against a DRG's norm, not in a DRG's clinical context.
      'rehabilitation-long-stays': '0/5',
    });
    // Ordinary peers (unchanged, drawn from the same claims as each other) with any finding. Was 0.04 at
    // doctor-costly-consumable (fx-prov: a surgeon billing laparoscopic appendectomy on 8 of his 9 appendicitis stays
    // against the peers' 32 of 84, a preferred approach the notes tell apart); 0.04 → 0 when the generator's
    // hypertension stay changed (fx-gen) and the peers were drawn again, and rehabilitation-long-stays 0 → 0.04 (one
    // ordinary peer of 25 with a finding; not examined in fx-gen); 0.04 → 0 with gastric34's generator fix (the draws moved).
    const peersFlagged = (_id: string) => 0;
    for (const x of [...r.typologies, ...r.controls]) expect([x.id, x.peersFlaggedRate]).toEqual([x.id, peersFlagged(x.id)]);
  });
});
