import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { enrichClaim } from '../../src/enrich/enrich';
import { loadEnrichRefs } from '../../src/enrich/load-refs';
import { validateClaim } from '../../src/validate/validate-claim';
import type { Claim } from '../../src/contract/claim';
import { extractFeatures } from '../../src/model/features';
import { DEFAULT_PARENTERAL_MARKS } from '../../src/enrich/stay-knowledge';
import { makeClaim, makeItem } from '../helpers/fixtures';

// The model's feature vectors of a few real claims, pinned from main before the parenteral mark became an item fact
// (ItemFacts.parenteral): a refactor of the enrichment must leave the model's inputs as they were. The claims are
// ones whose max_quantity_ratio reads an injection line by its day (stayLineDays), so a wrong parenteral fact moves it;
// the two built stays do the same for the marks without a dosage form (人血白蛋白, 静注).

const refs = loadEnrichRefs('rules').refs;
const NORM = { los: 5, cost: 3000 };

function setClaim(set: string, claimId: string): Claim {
  const lines = gunzipSync(readFileSync(join(__dirname, '..', 'blind-sets', set, 'claims.ndjson.gz'))).toString('utf8').split('\n');
  const raw = lines.filter((l) => l.includes(claimId)).map((l) => JSON.parse(l)).find((c) => c.claimId === claimId);
  const checked = validateClaim(raw);
  if (!checked.ok) throw new Error(`${set} ${claimId} does not validate`);
  return checked.claim;
}

/** A six-night stay billing a parenteral drug on its first and fourth days, beside an oral one. */
function builtStay(claimId: string, code: string, name: string, quantity: number): Claim {
  const items = [
    makeItem({ lineId: '1', code, name, category: 'drug', date: '2025-03-04', quantity, unitPrice: 300 }),
    makeItem({ lineId: '2', code, name, category: 'drug', date: '2025-03-08', quantity, unitPrice: 300 }),
    makeItem({ lineId: '3', code: 'XN02BEA171A001010103456', name: '对乙酰氨基酚片', category: 'drug', date: '2025-03-04', quantity: 3, unitPrice: 0.85 }),
  ];
  return makeClaim({ claimId, admissionDate: '2025-03-04', dischargeDate: '2025-03-10', items, diagnoses: [{ code: 'K74.600', principal: true }, { code: 'R18.x00' }] });
}

const CLAIMS: [string, () => Claim][] = [
  ['blind36 510100-H51010012-2025-3600651', () => setClaim('blind36', '510100-H51010012-2025-3600651')],
  ['blind49 510100-H51010004-2026-000967', () => setClaim('blind49', '510100-H51010004-2026-000967')],
  ['blind51 370100-H37012201-2026-001752', () => setClaim('blind51', '370100-H37012201-2026-001752')],
  ['blind61 220100-H22010001-2025-610630', () => setClaim('blind61', '220100-H22010001-2025-610630')],
  ['blind63 510100-H510100302-2025-000017', () => setClaim('blind63', '510100-H510100302-2025-000017')],
  ['blind66 220100-H22010001-2025-000414', () => setClaim('blind66', '220100-H22010001-2025-000414')],
  ['built albumin stay', () => builtStay('IP-ALB', 'XB05AAR504B002010170824', '人血白蛋白', 3)],
  ['built IVIG stay', () => builtStay('IP-IVIG', 'XJ06BAX000B001010100000', '静注人免疫球蛋白(pH4)', 5)],
];

const PINNED: Record<string, number[]> = {
  'blind36 510100-H51010012-2025-3600651': [6.676453539966464, 0.11545741324921135, 0.12744479495268138, 0.5168454258675079, 0.24025236593059937, 4.890975498427013, 2.302585092994046, 0.1823215567939546, -1.3311750618988112, 68, 0, 3.044522437723423, 1.3862943611198906, 0.09968454258675079, 0, 0, 0.9920786122530834, 0, 0, 0, 1.0986122886681096, 0.10094637223974763, 1, 0.3452365930599369, 0.6931471805599453, 0, 0],
  'blind49 510100-H51010004-2026-000967': [8.366323788972048, 0.6472736577649577, 0.007909183958313947, 0.2399274216060296, 0.1048897366706988, 6.0658296290632885, 2.6461747973841225, 0.6931471805599453, 0.3597236253167515, 61, 1, 3.4339872044851463, 1.9459101490553132, 0.236670698799665, 0, 0, 0.9756871325037604, 0.8211647886534365, 0, 0, 2.0149030205422647, 0.45361496231506465, 1, 0.12059179305852796, 1.0986122886681096, 1.0986122886681096, 0],
  'blind51 370100-H37012201-2026-001752': [7.719618393247067, 0.8077828617120519, 0.0063080271867087204, 0.11074585758073831, 0.07516325352050109, 6.621893770519805, 2.3353749158170367, -0.5108256237659907, -0.287193303030129, 76, 1, 3.1354942159291497, 2.0794415416798357, 0.8080938207987206, 0, 0, 0.9191906179201279, 0.6390278321468787, 0, 0, 1.0986122886681096, 0.5064190840033761, 1, 0.07556305806050376, 1.0986122886681096, 0.6931471805599453, 0],
  'blind61 220100-H22010001-2025-610630': [7.928730297923094, 0.7497567479909186, 0.0019460160726512668, 0.1383833651663123, 0.10991387077011784, 6.543516083808201, 2.4203681286504293, -0.2231435513142097, -0.07799757815506139, 53, 1, 3.1354942159291497, 2.0794415416798357, 0.675339651879347, 0, 0, 0.9324660348120652, 0.34492753623188405, 0, 0, 1.6094379124341003, 0.6054272226026163, 1, 0.09081408339039244, 1.0986122886681096, 0.6931471805599453, 0],
  'blind63 510100-H510100302-2025-000017': [7.763556879860562, 0.7853936214534107, 0.0007269604550517375, 0.10483534983377688, 0.10904406825776063, 6.665794115085429, 2.268683541318364, -0.5108256237659907, -0.24323572052360387, 50, 0, 2.995732273553991, 1.9459101490553132, 0.7497470517714878, 0, 0, 0.9264326773065917, 0.32983925435634204, 0, 0, 1.0986122886681096, 0.678496424714955, 1, 0.07231343473935704, 1.0986122886681096, 0.6931471805599453, 0],
  'blind66 220100-H22010001-2025-000414': [8.214844081921052, 0.7420420095279342, 0.0097444781290602, 0.16755088783022953, 0.08066262451277609, 6.4244367316691084, 2.4849066497880004, 0.1823215567939546, 0.20820587094998422, 7, 0, 3.1354942159291497, 1.791759469228055, 0.7295907319185795, 0, 0, 0.9270485078453492, 0.43406271260502344, 0, 0, 0.6931471805599453, 0.351883932438285, 1, 0.09257254222607189, 1.0986122886681096, 0.6931471805599453, 0],
  'built albumin stay': [7.497512223829546, 1, 0, 0, 0, 5.708521229003375, 0.4054651081081644, 0.1823215567939546, -0.5094099596248283, 66, 0, 1.0986122886681096, 1.0986122886681096, 0.9985853374386287, 0, 0.0014146625613713905, 1, 0.8499958392277607, 0.10127319630523425, 0, 0.6931471805599453, 0.4992926687193143, 0, 0, 1.0986122886681096, 0.6931471805599453, 0],
  'built IVIG stay': [8.007550201396533, 1, 0, 0, 0, 6.2174540448721105, 0.4054651081081644, 0.1823215567939546, 0.0008496389545779379, 66, 0, 1.0986122886681096, 1.0986122886681096, 0, 0, 1, 1, 0.8499975021231952, 1, 0, 1.791759469228055, 0.49957536094319827, 0, 0, 1.0986122886681096, 0.6931471805599453, 0],
};

describe('the model features of pinned claims', () => {
  it.each(CLAIMS)('%s', (name, claim) => {
    expect(Array.from(extractFeatures(enrichClaim(claim(), refs).facts, NORM))).toEqual(PINNED[name]);
  });

  // The model's max_quantity_ratio reads ItemFacts.parenteral, made from the table's marks: a mark added to or taken from
  // stay-content.json changes the model's inputs on the claims it names, which no pinned claim above may carry. Change
  // both only with a model trained on the new marks (or the marks versioned with it).
  it('reads the parenteral marks the model was built with: the table equals DEFAULT_PARENTERAL_MARKS', () => {
    expect(refs.knowledge?.stayContent?.parenteralDrugNameMarks).toEqual([...DEFAULT_PARENTERAL_MARKS]);
  });
});
