import { make3101 } from '../test/helpers/fsi';
import { benchHttp, TARGET_RATE } from './http';
import { printResult, type BenchResult } from './result';

// The national 3101 path under the interception budget: encounters of 50 orders, evenly paced at 500 and
// 1,000 requests/s (the p99 target is judged at 1,000/s), then the saturation search; settlement scenario
// (full review and record), each request a different encounter of a different patient. (One patient for all
// of them, as before, gave that patient thousands of overlapping stays within the run: each request then read
// the whole, growing ledger, and the figure measured that, not 3101.) No autocannon runs: their bodies
// (~27 KB each) would add ~800 MB to the generator.

export async function benchFsi(): Promise<BenchResult> {
  let next = 0;
  return benchHttp({
    path: '/api/fsi/3101',
    paced: [500, TARGET_RATE],
    cannonRate: null,
    name: `national 3101, encounters of 50 orders (住院结算), evenly paced at 500 and ${TARGET_RATE} requests/s, saturation search (service in its own process, load from a second process)`,
    bodies: (count) =>
      Array.from({ length: count }, () => {
        const i = next++;
        const msg = make3101({ mdtrtId: `MD${String(i).padStart(10, '0')}`, orders: 50 });
        msg.input.data.patient_dtos[0].patn_id = `P${String(i).padStart(11, '0')}`;
        const encounter = msg.input.data.patient_dtos[0].fsi_encounter_dtos[0];
        const doctor = `D51010${String(i % 200).padStart(5, '0')}`;
        encounter.dr_codg = doctor;
        const orders = encounter.fsi_order_dtos as { cnt: number; pric: number; sumamt: number; drord_dr_codg: string }[];
        orders[0].cnt = 1 + (i % 7);
        orders[1].cnt = 1 + (Math.floor(i / 7) % 11);
        for (const o of orders) {
          o.drord_dr_codg = doctor;
          o.sumamt = Math.round(o.cnt * o.pric * 100) / 100;
        }
        encounter.medfee_sumamt = orders.reduce((sum, o) => sum + Math.round(o.sumamt * 100), 0) / 100;
        return JSON.stringify(msg);
      }),
  });
}

if (require.main === module) benchFsi().then(printResult);
