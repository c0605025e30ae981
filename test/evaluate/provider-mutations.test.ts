import type { EvalClaim } from '../../src/evaluate/claim-edit';
import { unroutineItem } from '../../src/evaluate/provider-mutations';
import { makeRng } from '../../src/evaluate/random';

// The doctor typologies' item: one the other doctors of the department and level do not use routinely (their
// descriptions, typologies.json), not one drawn blind from the names (a trocar among laparoscopic general surgeons).

const claim = (...codes: string[]) => ({ items: codes.map((code) => ({ code })) }) as unknown as EvalClaim;
const peersWith = (counts: Record<string, number>, total: number): EvalClaim[] => {
  const out: EvalClaim[] = [];
  for (let k = 0; k < total; k++) out.push(claim(...Object.keys(counts).filter((code) => k < counts[code])));
  return out;
};
const rows = [{ code: 'TROCAR' }, { code: 'STAPLER' }, { code: 'MESH' }];

describe('unroutineItem: the doctor typologies\' costly item', () => {
  it('takes the item the peers use least, not the one that is their routine', () => {
    const peers = peersWith({ TROCAR: 14, STAPLER: 0, MESH: 2 }, 20);
    for (let s = 0; s < 20; s++) expect(unroutineItem({ rng: makeRng(`t${s}`) }, peers, rows)?.code).toBe('STAPLER');
  });

  it('draws among the items the peers use equally little', () => {
    const peers = peersWith({ TROCAR: 14, STAPLER: 0, MESH: 0 }, 20);
    const drawn = new Set(Array.from({ length: 40 }, (_, s) => unroutineItem({ rng: makeRng(`t${s}`) }, peers, rows)?.code));
    expect([...drawn].sort()).toEqual(['MESH', 'STAPLER']);
  });

  it('builds nothing where every named item is on half or more of the peers\' claims (以上: half counts)', () => {
    expect(unroutineItem({ rng: makeRng('t') }, peersWith({ TROCAR: 15, STAPLER: 10, MESH: 12 }, 20), rows)).toBeUndefined();
    expect(unroutineItem({ rng: makeRng('t') }, peersWith({ TROCAR: 15, STAPLER: 9, MESH: 12 }, 20), rows)?.code).toBe('STAPLER');
    expect(unroutineItem({ rng: makeRng('t') }, [], rows)).toBeUndefined();
  });
});
