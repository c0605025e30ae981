import request from 'supertest';
import { ERROR_CODES } from '../../src/contract/error-codes';
import { authedApp } from '../helpers/auth';

// Every 4xx carries a stable machine code from src/contract/error-codes.ts beside its message, including the
// plumbing's own refusals (bad JSON, too large, no route, no key, wrong role).

describe('error codes on 4xx answers', () => {
  it.each([
    ['no key', (app: Parameters<typeof request>[0]) => request(app).get('/api/v1/cases'), 401, 'unauthenticated'],
    ['bad JSON', (app: Parameters<typeof request>[0]) => request(app).post('/api/v1/cases/X/notes').set('content-type', 'application/json').send('{"text":'), 400, 'bad-json'],
    ['too large', (app: Parameters<typeof request>[0]) => request(app).post('/api/v1/cases/X/notes').send({ text: 'x'.repeat(70_000) }), 413, 'body-too-large'],
    ['no route', (app: Parameters<typeof request>[0]) => request(app).get('/api/v1/nothing-here'), 404, 'no-such-route'],
    ['bad query', (app: Parameters<typeof request>[0]) => request(app).get('/api/v1/cases?colour=red'), 400, 'invalid'],
    ['no case', (app: Parameters<typeof request>[0]) => request(app).get('/api/v1/cases/NOPE'), 404, 'not-found'],
  ])('%s', async (_name, send, status, code) => {
    const { app, as } = await authedApp();
    const req = send(app);
    const res = code === 'unauthenticated' ? await req : await req.set(as.admin);
    expect(res.status).toBe(status);
    expect(res.body.code).toBe(code);
    expect(Object.keys(ERROR_CODES)).toContain(res.body.code);
    expect(typeof res.body.error).toBe('string');
  });

  it('a role that may not call a route', async () => {
    const { app, as } = await authedApp();
    const res = await request(app).get('/api/v1/cases').set(as.intake).expect(403);
    expect(res.body).toMatchObject({ code: 'role-not-allowed', error: expect.stringMatching(/role intake may not do this/) });
  });

  it('every code is kebab-case, the inspections\' included (one style for clients to key on)', () => {
    for (const code of Object.keys(ERROR_CODES)) expect(code).toMatch(/^[a-z]+([-_][a-z]+)*$/);
    expect(Object.keys(ERROR_CODES)).toEqual(expect.arrayContaining(['inspection-role', 'inspection-closed', 'inspection-points-pending']));
  });
});
