import { make3101 } from '../test/helpers/fsi';
import { benchHttp } from './http';
import { printResult, type BenchResult } from './result';

// The national 3101 path under the interception budget: encounters of 50 orders at 500 requests/s for
// 30 s, settlement scenario (full review and record), each request a different encounter of a different
// patient. (One patient for all of them, as before, gave that patient thousands of overlapping stays within
// the run: each request then read the whole, growing ledger, and the figure measured that, not 3101.)

export async function benchFsi(): Promise<BenchResult> {
  return benchHttp({
    path: '/api/fsi/3101',
    name: 'national 3101, encounters of 50 orders (住院结算), 500 requests/s for 30 s (service in its own process, load from a second process)',
    bodies: (from, count) =>
      Array.from({ length: count }, (_, k) => {
        const i = from + k;
        const msg = make3101({ mdtrtId: `MD${String(i).padStart(10, '0')}`, orders: 50 });
        msg.input.data.patient_dtos[0].patn_id = `P${String(i).padStart(11, '0')}`;
        return JSON.stringify(msg);
      }),
  });
}

if (require.main === module) benchFsi().then(printResult);
