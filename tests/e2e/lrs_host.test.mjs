// The test cmi5 LMS/LRS (lrs_host.mjs) over real HTTP: CORS, the one-shot
// fetch URL, LaunchData, auth and version checks, statement storage with
// xAPI's batch/duplicate/conflict rules, injected failures, down/up; and
// cmi5Problems against a correct session and several broken ones.
// usage: node --test tests/e2e/lrs_host.test.mjs
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { CMI5, DEFAULT_ACTIVITY_ID, DEFAULT_ACTOR, DEFAULT_REGISTRATION, VERB, cmi5Problems, startLrsHost } from './lrs_host.mjs';

// Fails instead of hanging when a host call never settles (e.g. down() waiting on open sockets).
const within = (ms, promise, what) => Promise.race([promise, new Promise((_, reject) => {
  setTimeout(() => reject(new Error(`${what} did not finish within ${ms} ms`)), ms).unref();
})]);

// Each test gets its own host, closed when the test ends.
async function withHost(t, options) {
  const host = await startLrsHost(options);
  t.after(() => within(2000, host.close(), 'close()'));
  return host;
}

const xapi = (host, extra = {}) => ({
  Authorization: `Basic ${host.token}`, 'X-Experience-API-Version': '1.0.3', 'Content-Type': 'application/json', ...extra,
});
const post = (host, body, headers = xapi(host)) =>
  fetch(`${host.endpoint}statements`, { method: 'POST', headers, body: JSON.stringify(body) });
const launchDataUrl = (host, params = {}) => `${host.endpoint}activities/state?${new URLSearchParams({
  stateId: 'LMS.LaunchData', activityId: host.activityId, agent: JSON.stringify(host.actor), registration: host.registration, ...params,
})}`;
// A bare statement the LRS accepts (no cmi5 context: that is cmi5Problems' business).
const plain = (verb = 'experienced', id = randomUUID()) => ({
  id, actor: DEFAULT_ACTOR, verb: { id: VERB[verb] }, object: { id: `${DEFAULT_ACTIVITY_ID}/lesson/1` },
});

test('CORS: preflight is answered with 204 and the allow headers; every response carries the origin and exposed headers', async (t) => {
  const host = await withHost(t);
  const pre = await fetch(`${host.endpoint}statements`, {
    method: 'OPTIONS',
    headers: { Origin: 'http://course.test', 'Access-Control-Request-Method': 'POST',
      'Access-Control-Request-Headers': 'authorization,content-type,x-experience-api-version' },
  });
  assert.equal(pre.status, 204);
  assert.equal(pre.headers.get('access-control-allow-origin'), '*');
  assert.equal(pre.headers.get('access-control-allow-methods'), 'GET, POST, PUT, OPTIONS');
  assert.equal(pre.headers.get('access-control-allow-headers'), 'Authorization, Content-Type, X-Experience-API-Version');
  assert.match(pre.headers.get('access-control-max-age') ?? '', /^\d+$/);
  for (const res of [await post(host, plain(), {}), await fetch(host.fetchUrl, { method: 'POST' })]) {
    assert.equal(res.headers.get('access-control-allow-origin'), '*', `${res.url} ${res.status}`);
    assert.equal(res.headers.get('access-control-expose-headers'), 'Retry-After, X-Experience-API-Version');
  }
});

test('launchQuery carries the five cmi5 launch parameters, encoded', async (t) => {
  const host = await withHost(t);
  assert.match(host.origin, /^http:\/\/127\.0\.0\.1:\d+$/);
  assert.equal(host.endpoint, `${host.origin}/xapi/`);
  assert.match(host.fetchUrl, new RegExp(`^${host.origin}/cmi5/fetch/[0-9a-f]+$`));
  const q = host.launchQuery();
  assert.ok(!q.startsWith('?') && !q.includes('{') && !q.includes(' '), q);
  const p = new URLSearchParams(q);
  assert.deepEqual([...p.keys()], ['endpoint', 'fetch', 'actor', 'registration', 'activityId']);
  assert.equal(p.get('endpoint'), host.endpoint);
  assert.equal(p.get('fetch'), host.fetchUrl);
  assert.deepEqual(JSON.parse(p.get('actor')), DEFAULT_ACTOR);
  assert.equal(p.get('registration'), DEFAULT_REGISTRATION);
  assert.equal(p.get('activityId'), DEFAULT_ACTIVITY_ID);
});

test('the fetch URL hands out the token once, then error-code 1', async (t) => {
  const host = await withHost(t);
  assert.equal((await fetch(host.fetchUrl)).status, 405, 'GET is refused');
  const first = await fetch(host.fetchUrl, { method: 'POST' });
  assert.equal(first.status, 200);
  const body = await first.json();
  assert.deepEqual(body, { 'auth-token': host.token });
  assert.match(Buffer.from(body['auth-token'], 'base64').toString(), /^[^:]+:.+$/, 'token is base64 of user:secret');
  const second = await fetch(host.fetchUrl, { method: 'POST' });
  assert.equal(second.status, 200);
  assert.deepEqual(await second.json(), { 'error-code': '1', 'error-text': 'Already in use' });
  assert.equal(host.fetchCount, 2);
});

test('LaunchData for the right activity/agent/registration, 404 otherwise', async (t) => {
  const host = await withHost(t, { launchData: { masteryScore: 0.8, returnURL: 'https://lms.example.com/done' } });
  assert.match(host.sessionId, /^[0-9a-f-]{36}$/);
  const res = await fetch(launchDataUrl(host), { headers: xapi(host) });
  assert.equal(res.status, 200);
  assert.deepEqual(await res.json(), {
    contextTemplate: {
      contextActivities: { grouping: [{ objectType: 'Activity', id: DEFAULT_ACTIVITY_ID }] },
      extensions: { [CMI5.sessionid]: host.sessionId },
    },
    launchMode: 'Normal', moveOn: 'CompletedOrPassed', masteryScore: 0.8, returnURL: 'https://lms.example.com/done',
  });
  for (const wrong of [{ registration: randomUUID() }, { activityId: 'https://other' },
    { agent: JSON.stringify({ ...DEFAULT_ACTOR, name: 'Someone Else' }) }, { stateId: 'other' }]) {
    assert.equal((await fetch(launchDataUrl(host, wrong), { headers: xapi(host) })).status, 404, JSON.stringify(wrong));
  }
  // Without options there is no masteryScore/returnURL at all.
  const bare = await withHost(t);
  const data = await (await fetch(launchDataUrl(bare), { headers: xapi(bare) })).json();
  assert.deepEqual(Object.keys(data).sort(), ['contextTemplate', 'launchMode', 'moveOn']);
});

test('LRS requests need Basic <token> (401) and X-Experience-API-Version 1.0.x (400)', async (t) => {
  const host = await withHost(t);
  const noAuth = await fetch(launchDataUrl(host), { headers: { 'X-Experience-API-Version': '1.0.3' } });
  assert.equal(noAuth.status, 401);
  assert.match((await noAuth.json()).error, /Authorization/);
  assert.equal((await post(host, plain(), xapi(host, { Authorization: 'Basic d3Jvbmc6d3Jvbmc=' }))).status, 401);
  const noVersion = xapi(host);
  delete noVersion['X-Experience-API-Version'];
  assert.equal((await post(host, plain(), noVersion)).status, 400);
  assert.equal((await post(host, plain(), xapi(host, { 'X-Experience-API-Version': '0.95' }))).status, 400);
  assert.equal(host.statements.length, 0);
  assert.deepEqual(host.log.map((l) => l.status), [401, 401, 400, 400]);
});

test('statements: single and batch POST store in order and return ids; PUT answers 204', async (t) => {
  const host = await withHost(t);
  const a = plain('initialized');
  const [b, c] = [plain(), plain('completed')];
  const one = await post(host, a);
  assert.equal(one.status, 200);
  assert.deepEqual(await one.json(), [a.id]);
  const two = await post(host, [b, c]);
  assert.equal(two.status, 200);
  assert.deepEqual(await two.json(), [b.id, c.id]);
  const d = plain('terminated');
  const put = await fetch(`${host.endpoint}statements?statementId=${d.id}`, { method: 'PUT', headers: xapi(host), body: JSON.stringify(d) });
  assert.equal(put.status, 204);
  assert.deepEqual(host.statements, [a, b, c, d]);
  assert.deepEqual(host.received.map((r) => r.id), [a.id, b.id, c.id, d.id]);
  assert.ok(host.received.every((r) => typeof r.receivedAt === 'number' && r.receivedAt <= Date.now()));
  const posts = host.log.filter((l) => l.path === '/xapi/statements');
  assert.deepEqual(posts.map((l) => [l.method, l.status, l.count]), [['POST', 200, 1], ['POST', 200, 2], ['PUT', 204, 1]]);
  assert.ok(posts.every((l) => typeof l.at === 'number'));
});

test('a batch with one invalid statement is refused whole', async (t) => {
  const host = await withHost(t);
  const bad = [
    { ...plain(), id: 'not-a-uuid' }, { ...plain(), actor: undefined }, { ...plain(), verb: {} }, { ...plain(), object: {} },
  ];
  for (const b of bad) {
    const res = await post(host, [plain(), b]);
    assert.equal(res.status, 400, JSON.stringify(b));
    assert.match((await res.json()).error, /statement 1: .*nothing stored/);
  }
  assert.equal((await fetch(`${host.endpoint}statements`, { method: 'POST', headers: xapi(host), body: '{oops' })).status, 400);
  assert.equal((await post(host, plain(), xapi(host, { 'Content-Type': 'text/plain' }))).status, 400);
  assert.deepEqual(host.statements, []);
});

test('a resent statement is stored once (duplicates counts it); same id, other content is 409', async (t) => {
  const host = await withHost(t);
  const s = plain();
  assert.equal((await post(host, s)).status, 200);
  const again = await post(host, structuredClone(s));
  assert.equal(again.status, 200);
  assert.deepEqual(await again.json(), [s.id]);
  assert.equal(host.statements.length, 1);
  assert.equal(host.duplicates, 1);

  const other = plain();
  const conflict = await post(host, [other, { ...s, verb: { id: VERB.completed } }]);
  assert.equal(conflict.status, 409);
  const put = await fetch(`${host.endpoint}statements?statementId=${s.id}`, {
    method: 'PUT', headers: xapi(host), body: JSON.stringify({ ...s, timestamp: new Date().toISOString() }),
  });
  assert.equal(put.status, 409);
  assert.deepEqual(host.statements, [s], 'the batch with the conflict stored nothing');
  assert.equal(host.duplicates, 1);
});

test('failWith(503, {retryAfter}) refuses statements with Retry-After until cleared', async (t) => {
  const host = await withHost(t);
  host.failWith(503, { retryAfter: 3 });
  const res = await post(host, [plain(), plain()]);
  assert.equal(res.status, 503);
  assert.equal(res.headers.get('retry-after'), '3');
  assert.equal(host.statements.length, 0);
  assert.deepEqual(host.log.at(-1), { method: 'POST', path: '/xapi/statements', status: 503, at: host.log.at(-1).at, count: 2 });
  host.failWith(500);
  const noRetry = await post(host, plain());
  assert.equal(noRetry.status, 500);
  assert.equal(noRetry.headers.get('retry-after'), null);
  // LaunchData is not a statement request, so it still works.
  assert.equal((await fetch(launchDataUrl(host), { headers: xapi(host) })).status, 200);
  host.failWith(null);
  assert.equal((await post(host, plain())).status, 200);
  assert.equal(host.statements.length, 1);
});

test('down() refuses connections and cuts open ones, up() serves again on the same port', { timeout: 10000 }, async (t) => {
  const host = await withHost(t);
  const { origin } = host;
  assert.equal((await post(host, plain())).status, 200); // leaves a keep-alive socket open
  // A request caught mid-upload, as a browser's would be when the LMS goes away.
  const body = new ReadableStream({ start: (c) => c.enqueue(new TextEncoder().encode('[')) });
  const midway = fetch(`${host.endpoint}statements`, { method: 'POST', headers: xapi(host), body, duplex: 'half' });
  midway.catch(() => {});
  await host.waitFor((h) => h.log.length === 2);
  await within(2000, host.down(), 'down() with a request in flight');
  await assert.rejects(midway, TypeError);
  assert.equal(host.isUp, false);
  await assert.rejects(post(host, plain()), (err) => {
    assert.equal(err.cause?.code, 'ECONNREFUSED', String(err.cause));
    return true;
  });
  await host.up();
  assert.equal(host.isUp, true);
  assert.equal(host.origin, origin);
  assert.equal((await post(host, plain())).status, 200);
  assert.equal(host.statements.length, 2);
});

test('waitFor resolves when the predicate holds and rejects clearly on timeout', async (t) => {
  const host = await withHost(t);
  const waiting = host.waitFor((h) => h.statements.at(-1).verb.id === VERB.terminated, 2000);
  setTimeout(() => post(host, plain('terminated')), 100);
  await waiting;
  await assert.rejects(host.waitFor((h) => h.statements.length > 5, 150), /waitFor timed out after 150 ms: .*length > 5[\s\S]*1 statements stored/);
});

// A correct cmi5 session with masteryScore 0.8, built the way an AU sends it.
const launch = {
  actor: DEFAULT_ACTOR, registration: DEFAULT_REGISTRATION, activityId: DEFAULT_ACTIVITY_ID,
  sessionId: '5a1c7e0b-3d2f-4c6a-8b9e-0f1d2c3b4a59', launchMode: 'Normal', moveOn: 'CompletedOrPassed', masteryScore: 0.8,
};
function cmi5Statement(verb, { object = launch.activityId, categories = [CMI5.category], result, extensions = {} } = {}) {
  return {
    id: randomUUID(), actor: launch.actor, verb: { id: VERB[verb] }, object: { objectType: 'Activity', id: object },
    ...(result && { result }),
    context: {
      registration: launch.registration,
      contextActivities: {
        grouping: [{ objectType: 'Activity', id: launch.activityId }],
        ...(categories.length && { category: categories.map((id) => ({ id })) }),
      },
      extensions: { [CMI5.sessionid]: launch.sessionId, ...extensions },
    },
    timestamp: new Date().toISOString(),
  };
}
const session = () => [
  cmi5Statement('initialized'),
  cmi5Statement('experienced', { object: `${launch.activityId}/lesson/1`, categories: [] }),
  cmi5Statement('completed', { categories: [CMI5.category, CMI5.moveon], result: { completion: true, duration: 'PT4M12S' } }),
  cmi5Statement('passed', { categories: [CMI5.category, CMI5.moveon], result: { success: true, score: { scaled: 0.9 }, duration: 'PT4M12S' },
    extensions: { [CMI5.masteryscore]: 0.8 } }),
  cmi5Statement('terminated', { result: { duration: 'PT4M30S' } }),
];

test('cmi5Problems: a correct session has none', () => {
  assert.deepEqual(cmi5Problems(session(), launch), []);
  // Nor does one without a verdict, or a Browse session without completed/passed.
  const s = session();
  assert.deepEqual(cmi5Problems([s[0], s[1], s[4]], { ...launch, launchMode: 'Browse' }), []);
});

test('cmi5Problems: each broken session gets its own message', () => {
  const broken = {
    'initialized not first': (s) => [s[1], s[0], ...s.slice(2)],
    'statement after terminated': (s) => [...s, cmi5Statement('experienced', { object: `${launch.activityId}/lesson/2`, categories: [] })],
    'two passed': (s) => [...s.slice(0, 4), { ...s[3], id: randomUUID() }, s[4]],
    'passed below masteryScore': (s) => { s[3].result.score.scaled = 0.5; return s; },
    'completed without cmi5 category': (s) => { s[2].context.contextActivities.category = [{ id: CMI5.moveon }]; return s; },
    'wrong sessionid': (s) => { s[1].context.extensions[CMI5.sessionid] = 'other-session'; return s; },
    'allowed statement with the cmi5 category': (s) => { s[1].context.contextActivities.category = [{ id: CMI5.category }]; return s; },
    'AU object with a non-cmi5 verb': (s) => [s[0], cmi5Statement('experienced'), ...s.slice(2)],
    'terminated without duration': (s) => { delete s[4].result; return s; },
    'completed in Review mode': (s) => s,
  };
  const expected = {
    'initialized not first': [
      'statement 1 (experienced) is first: the first statement must be initialized',
      'statement 1 (experienced) comes before initialized',
    ],
    'statement after terminated': ['statement 6 (experienced) comes after terminated: terminated must be last'],
    'two passed': ['passed/failed sent 2 times (statements 4, 5); at most one of them'],
    'passed below masteryScore': ['statement 4 (passed) has score 0.5 below masteryScore 0.8'],
    'completed without cmi5 category': ['statement 3 (completed) lacks the cmi5 category in context.contextActivities.category'],
    'wrong sessionid': [`statement 2 (experienced) sessionid extension "other-session" is not ${launch.sessionId}`],
    'allowed statement with the cmi5 category': ['statement 2 (experienced) is not cmi5-defined but carries the cmi5 category'],
    'AU object with a non-cmi5 verb': [
      'statement 2 (experienced) has the AU as object but is not a cmi5 verb (initialized, completed, passed, failed, terminated)',
    ],
    'terminated without duration': ['statement 5 (terminated) needs result.duration as an ISO 8601 duration (got undefined)'],
    'completed in Review mode': ['statement 3 (completed) is not allowed in launchMode Review', 'statement 4 (passed) is not allowed in launchMode Review'],
  };
  for (const [name, breakIt] of Object.entries(broken)) {
    const options = name.includes('Review') ? { ...launch, launchMode: 'Review' } : launch;
    assert.deepEqual(cmi5Problems(breakIt(session()), options), expected[name], name);
  }
  // The launch-wide checks: actor, registration, timestamp, id, duplicates, empty.
  const s = session();
  s[1].actor = { ...launch.actor, name: 'Someone Else' };
  s[2].context.registration = randomUUID();
  s[3].timestamp = 'yesterday';
  s[4].id = s[0].id;
  const problems = cmi5Problems(s, launch);
  assert.equal(problems.length, 4, problems.join('\n'));
  assert.match(problems[0], /^statement 2 \(experienced\) actor .* is not the launch actor$/);
  assert.match(problems[1], /^statement 3 \(completed\) context\.registration ".*" is not /);
  assert.match(problems[2], /^statement 4 \(passed\) timestamp "yesterday" is not an ISO 8601 date-time$/);
  assert.match(problems[3], /^statement 5 \(terminated\) repeats id /);
  assert.deepEqual(cmi5Problems([], launch), ['no statements: the first one must be initialized']);
});
