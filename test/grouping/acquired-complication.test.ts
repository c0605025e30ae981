import { type RuleExample } from '../../src/rules/examples';
import { exampleFacts as facts } from '../helpers/shipped-rules';

// An acute CC (complication-support.json `acquired`: pneumonia, acute post-haemorrhagic anaemia, atelectasis) coded on
// a group not split by complication is judged as an MCC is (grouping.complication-unsupported-unsplit); a chronic CC
// carried on home treatment is not.

/** A laparoscopic cholecystectomy for gallstones (HC2, not split by complication) with the given secondary diagnoses. */
const cholecystectomy = (secondary: string[], addItems: RuleExample['addItems'] = []): RuleExample => ({
  set: {
    'provider.department': 'general_surgery', 'reportedGroup.drg': 'HC29',
    diagnoses: [{ code: 'K80.101', principal: true }, ...secondary.map((code) => ({ code }))],
    procedures: [{ code: '51.2300', date: '2025-03-05' }],
  },
  addItems,
});

describe('an acquired CC on a group not split by complication', () => {
  it('judges a pneumonia and an atelectasis with nothing behind them as unsupported', () => {
    for (const dx of ['J18.900', 'J98.101']) {
      const f = facts(cholecystectomy([dx]));
      expect(f).toMatchObject({ splitComplication: dx, complicationSupported: false, complicationSplitsGroup: false });
    }
  });

  it('finds the pneumonia supported by its chest CT, the atelectasis by a film after the admission one', () => {
    expect(facts(cholecystectomy(['J18.900'], [{ code: '002301010020001', day: 2 }]))).toMatchObject({ splitComplication: 'J18.900', complicationSupported: true });
    const films = [{ code: '002202040010001', day: 0 }, { code: '002202040010001', day: 2 }];
    expect(facts(cholecystectomy(['J98.101'], films))).toMatchObject({ splitComplication: 'J98.101', complicationSupported: true });
  });

  it('leaves a pneumonia beside a supported MCC unjudged (the sepsis it came from, treated by the sepsis\' own antibiotic), judges it alone', () => {
    const sepsis = [{ code: 'XC01CAQ502B002', day: 0 }, { code: 'XC01CAQ502B002', day: 1 }, { code: '001201000050001', day: 0, quantity: 24 }];
    expect(facts(cholecystectomy(['A41.900', 'J18.900'], sepsis))).toMatchObject({ splitComplication: 'A41.900', complicationSupported: true });
    expect(facts(cholecystectomy(['J18.900'], sepsis))).toMatchObject({ splitComplication: 'J18.900', complicationSupported: false });
  });

  it('leaves a chronic CC (atrial fibrillation, carried on its home treatment) unjudged', () => {
    expect(facts(cholecystectomy(['I48.900'])).splitComplication).toBeNull();
  });
});
