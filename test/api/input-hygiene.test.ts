import { Readable } from 'node:stream';
import request from 'supertest';
import { MAX_MSG_CHARS } from '../../src/ingest/fsi/handle-3101';
import { ndjsonBatches } from '../../src/ingest/ndjson-batches';
import { rawLines } from '../../src/ingest/ndjson-raw';
import { authedApp } from '../helpers/auth';
import { make3101 } from '../helpers/fsi';
import { makeClaim } from '../helpers/fixtures';

// Input hygiene at the HTTP doors and NDJSON intake (issue 18 point 8): query dates on the calendar, a body
// that is not JSON refused naming its type, national-interface errors always in the national envelope with a
// bounded err_msg, and a UTF-8 byte-order mark at the start of an NDJSON file accepted.

describe('HTTP input hygiene', () => {
  let t: Awaited<ReturnType<typeof authedApp>>;
  beforeAll(async () => {
    t = await authedApp();
  });

  it.each([
    ['/api/v1/cases?from=2025-02-30', 'from'],
    ['/api/v1/cases?to=2025-13-01', 'to'],
    ['/api/v1/rankings/institutions?from=2023-02-29', 'from'],
    ['/api/v1/trends/flags?to=2025-04-31', 'to'],
    ['/api/v1/providers/claims?hospitalId=H510100001&from=2025-02-30', 'from'],
    ['/api/v1/providers/claims?hospitalId=H510100001&to=2023-02-29', 'to'],
  ])('GET %s is a 400 naming %s: a day that is not on the calendar', async (url, field) => {
    const r = await request(t.app).get(url).set(t.as.auditor).expect(400);
    expect(r.body.errors).toContainEqual({ path: field, message: expect.stringMatching(/calendar/) });
  });

  it('a leap day and an ordinary day are fine', async () => {
    await request(t.app).get('/api/v1/cases?from=2024-02-29&to=2025-03-31').set(t.as.auditor).expect(200);
    await request(t.app).get('/api/v1/providers/claims?hospitalId=H510100001&from=2024-02-29&to=2025-03-31').set(t.as.auditor).expect(200);
  });

  it('a claim whose transferring hospital holds control characters is a 400 naming the field', async () => {
    const claim = { ...makeClaim({ admissionRoute: 'transfer' }), transferFromHospitalId: 'H\u0000\u202eX' };
    const r = await request(t.app).post('/api/v1/reviews').set(t.as.intake).send(claim).expect(400);
    expect(r.body.errors).toContainEqual({ path: 'transferFromHospitalId', message: expect.stringMatching(/control characters/) });
  });

  it('a body that is not JSON is a 415 naming the type sent', async () => {
    const r = await request(t.app).post('/api/v1/reviews').set(t.as.intake).set('content-type', 'text/plain').send(JSON.stringify(makeClaim())).expect(415);
    expect(r.body).toMatchObject({ code: 'unsupported_media_type', contentType: 'text/plain' });
    expect(r.body.error).toMatch(/text\/plain/);
    const form = await request(t.app).post('/api/v1/cases/X/notes').set(t.as.investigator).type('form').send('text=hi').expect(415);
    expect(form.body.contentType).toBe('application/x-www-form-urlencoded');
    // JSON with a charset is JSON.
    await request(t.app).post('/api/v1/reviews').set(t.as.intake).set('content-type', 'application/json; charset=utf-8').send(JSON.stringify(makeClaim())).expect(200);
  });

  it('3101/3103 errors answer in the national envelope: wrong type, bad JSON, too large', async () => {
    const typed = await request(t.app).post('/api/fsi/3101').set(t.as.intake).set('content-type', 'text/plain').send(JSON.stringify(make3101())).expect(200);
    expect(typed.body).toMatchObject({ infcode: -1, output: null, err_msg: expect.stringMatching(/Content-Type.*text\/plain/) });
    const broken = await request(t.app).post('/api/fsi/3103').set(t.as.intake).set('content-type', 'application/json').send('{"infno": "3103", ').expect(200);
    expect(broken.body).toMatchObject({ infcode: -1, output: null, err_msg: expect.any(String) });
    const huge = await request(t.app).post('/api/fsi').set(t.as.intake).send({ infno: 'x', pad: 'y'.repeat(11 * 1024 * 1024) }).expect(200);
    expect(huge.body).toMatchObject({ infcode: -1, output: null, err_msg: expect.stringMatching(/too large/i) });
  });

  it('err_msg is bounded however much the message got wrong', async () => {
    const r = await request(t.app).post('/api/fsi').set(t.as.intake).send({ infno: 'x'.repeat(100_000) }).expect(200);
    expect(r.body.infcode).toBe(-1);
    expect(r.body.err_msg.length).toBeLessThanOrEqual(MAX_MSG_CHARS);
  });
});

describe('NDJSON with a byte-order mark', () => {
  const text = `\uFEFF${JSON.stringify({ a: 1 })}\n${JSON.stringify({ b: 2 })}\n`;

  it('parses line 1 (text intake)', async () => {
    const batches = [];
    for await (const b of ndjsonBatches(Readable.from([Buffer.from(text)]), 10)) batches.push(b);
    expect(batches).toEqual([{ items: [{ a: 1 }, { b: 2 }], lines: [1, 2] }]);
  });

  it('parses line 1 (byte intake of the worker threads)', async () => {
    const lines = [];
    for await (const l of rawLines(Readable.from([Buffer.from(text)]))) lines.push(JSON.parse(l.toString('utf8')));
    expect(lines).toEqual([{ a: 1 }, { b: 2 }]);
  });
});
