import { Readable } from 'node:stream';
import { ndjsonTextBatches } from '../../src/ingest/ndjson-batches';
import { ndjsonRawBatches } from '../../src/ingest/ndjson-raw';
import { memberHash } from '../../src/ingest/parallel/member-key';

// The byte splitter must cut and number lines exactly as the readline one does, however the bytes are chunked.

async function viaText(bytes: Buffer, chunk: number) {
  const out: { text: string; line: number }[] = [];
  for await (const b of ndjsonTextBatches(Readable.from(chunks(bytes, chunk)), 3)) b.texts.forEach((text, i) => out.push({ text, line: b.lines[i] }));
  return out;
}

async function viaRaw(bytes: Buffer, chunk: number) {
  const out: { text: string; line: number }[] = [];
  for await (const b of ndjsonRawBatches(Readable.from(chunks(bytes, chunk)), 3)) {
    expect(b.lines.length).toBeLessThanOrEqual(3);
    b.lines.forEach((l, i) => out.push({ text: l.toString('utf8'), line: b.numbers[i] }));
  }
  return out;
}

function chunks(bytes: Buffer, size: number): Buffer[] {
  const out: Buffer[] = [];
  for (let i = 0; i < bytes.length; i += size) out.push(bytes.subarray(i, i + size));
  return out;
}

const CASES: Record<string, string> = {
  plain: '{"a":1}\n{"b":2}\n',
  'no final newline': '{"a":1}\n{"b":"二"}',
  crlf: '{"a":1}\r\n{"b":2}\r\n\r\n{"c":3}',
  'lone cr': '{"a":1}\r{"b":2}\r\r\n{"c":3}\r',
  blanks: '\n\n  \n\t\n{"a":1}\n \u00a0\u3000\n\ufeff\n\u2028\n{"b":2}\n\n',
  'not json, and multibyte text': 'not json 医保\n{"claimId":"门诊-1","insuredId":"P1"}\n\u00a0x\n\ufeff{"a":1}\n',
  'invalid utf-8': Buffer.from([0x7b, 0xe5, 0x8c, 0x0a, 0xff, 0x41, 0x0a, 0xc3, 0x0a, 0x41]).toString('latin1'),
  empty: '',
  'only newlines': '\n\r\n\r\n',
};

describe('raw NDJSON lines', () => {
  it.each(Object.entries(CASES))('cut and numbered as readline does: %s', async (name, text) => {
    const bytes = name === 'invalid utf-8' ? Buffer.from(text, 'latin1') : Buffer.from(text, 'utf8');
    for (const size of [1, 2, 3, 5, 7, 64, 1 << 16]) {
      expect([size, await viaRaw(bytes, size)]).toEqual([size, await viaText(bytes, size)]);
    }
  });

  it('keeps a last line that is a cut-off character (readline loses it): bad input is never lost', async () => {
    const bytes = Buffer.from([0x7b, 0x7d, 0x0a, 0xc3]);
    expect(await viaText(bytes, 1)).toEqual([{ text: '{}', line: 1 }]);
    expect(await viaRaw(bytes, 1)).toEqual([{ text: '{}', line: 1 }, { text: '\ufffd', line: 2 }]);
  });
});

describe('member key of a raw line', () => {
  const h = (s: string) => memberHash(Buffer.from(s));

  it('is the same for a member however the JSON is spaced, and differs between members', () => {
    expect(h('{"patient":{"insuredId":"P1","x":1}}')).toBe(h('{"a":2, "patient": { "insuredId" :  "P1" }}'));
    expect(h('{"patient":{"insuredId":"P1"}}')).not.toBe(h('{"patient":{"insuredId":"P2"}}'));
    expect(h('{"insuredId":"P\\"1"}')).toBe(h('{ "insuredId": "P\\"1" }'));
  });

  it('skips a mention that is not a key with a string value, and gives malformed lines one fixed key', () => {
    expect(h('{"note":"insuredId","x":{"insuredId":5},"patient":{"insuredId":"P1"}}')).toBe(h('{"insuredId":"P1"}'));
    expect(h('not json')).toBe(h('{"insuredId": 7}'));
    expect(h('{"insuredId":"unterminated')).toBe(h(''));
  });
});
