import { join } from 'node:path';
import { highEnergyFall, loadInjuryMechanisms } from '../../src/enrich/injury-mechanism';

// A same-level fall coded for a shaft fracture with an organ injury of another region in an adult under 65: the
// shipped rules/knowledge/injury-mechanisms.json.

const t = loadInjuryMechanisms(join(__dirname, '../../rules/knowledge/injury-mechanisms.json'));
const POLYTRAUMA = ['S82.200x081', 'S22.400x021', 'S27.000', 'T07.x00'];

describe('highEnergyFall', () => {
  it('names the fall, the shaft fracture and the organ injury of another region', () => {
    expect(highEnergyFall([...POLYTRAUMA, 'W01.x00'], 40, t, 5000)).toEqual({ fall: 'W01.x00', shaft: 'S82.200x081', organ: 'S27.000', ageYears: 40, amount: 5000 });
    expect(highEnergyFall(['S72.300', 'S06.500x004', 'W18.x00'], 30, t, 1)?.organ).toBe('S06.500x004');
  });

  it('is quiet on one region, another mechanism, an older or fragile member, or nothing billed to the fund', () => {
    expect(highEnergyFall(['S22.400x021', 'S27.000', 'W01.x00'], 40, t, 5000)).toBeNull();
    expect(highEnergyFall(['S82.200x081', 'W01.x00'], 40, t, 5000)).toBeNull();
    expect(highEnergyFall([...POLYTRAUMA, 'V89.200x091'], 40, t, 5000)).toBeNull();
    expect(highEnergyFall([...POLYTRAUMA, 'W01.x00', 'V89.200x091'], 40, t, 5000)).toBeNull();
    expect(highEnergyFall([...POLYTRAUMA, 'W19.x00'], 40, t, 5000)).toBeNull();
    expect(highEnergyFall([...POLYTRAUMA, 'W01.x00'], 65, t, 5000)).toBeNull();
    expect(highEnergyFall([...POLYTRAUMA, 'M81.000', 'W01.x00'], 50, t, 5000)).toBeNull();
    expect(highEnergyFall([...POLYTRAUMA, 'W01.x00'], 40, t, 0)).toBeNull();
    expect(highEnergyFall([...POLYTRAUMA, 'W01.x00'], 40, null, 5000)).toBeNull();
  });
});
