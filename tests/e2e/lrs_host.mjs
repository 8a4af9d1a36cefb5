// A stand-in cmi5 LMS + xAPI LRS for browser tests: it hands out the
// launch parameters, answers the fetch URL once, serves LMS.LaunchData and
// stores statements, and can be taken down (connection refused) or made to
// fail (503 + Retry-After) to test how the AU queues and resends.
//
//   const host = await startLrsHost({ launchData: { masteryScore: 0.8 } });
//   await page.goto(`${courseUrl}?${host.launchQuery()}`);
//   await host.down(); ...; await host.up();
//   await host.waitFor((h) => h.statements.some((s) => s.verb.id.endsWith('/terminated')), 10000);
//   assert.deepEqual(cmi5Problems(host.statements, host.expect), []);
//   await host.close();
//
// Every request is logged in host.log; statements keep arrival order.
import http from 'node:http';
import { randomBytes, randomUUID } from 'node:crypto';
import { isDeepStrictEqual } from 'node:util';

export const VERB = Object.fromEntries(['initialized', 'completed', 'passed', 'failed', 'terminated', 'experienced']
  .map((v) => [v, `http://adlnet.gov/expapi/verbs/${v}`]));
export const CMI5 = {
  category: 'https://w3id.org/xapi/cmi5/context/categories/cmi5',
  moveon: 'https://w3id.org/xapi/cmi5/context/categories/moveon',
  sessionid: 'https://w3id.org/xapi/cmi5/context/extensions/sessionid',
  masteryscore: 'https://w3id.org/xapi/cmi5/context/extensions/masteryscore',
};
export const DEFAULT_ACTOR = {
  objectType: 'Agent', name: 'Maria Lopez', account: { homePage: 'https://lms.example.com', name: 'maria.lopez' },
};
export const DEFAULT_REGISTRATION = 'a7c3e1f0-5b2d-4e8a-9c61-2f4d8b0e7a13';
export const DEFAULT_ACTIVITY_ID = 'https://courses.example.com/warmline/au/1';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const CORS = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Expose-Headers': 'Retry-After, X-Experience-API-Version',
};
const PREFLIGHT = {
  'Access-Control-Allow-Methods': 'GET, POST, PUT, OPTIONS',
  'Access-Control-Allow-Headers': 'Authorization, Content-Type, X-Experience-API-Version',
  'Access-Control-Max-Age': '600',
};

export async function startLrsHost(options = {}) {
  const actor = options.actor ?? DEFAULT_ACTOR;
  const registration = options.registration ?? DEFAULT_REGISTRATION;
  const activityId = options.activityId ?? DEFAULT_ACTIVITY_ID;
  const sessionId = randomUUID();
  const token = Buffer.from(`warmline-au:${randomBytes(12).toString('hex')}`).toString('base64');
  const fetchPath = `/cmi5/fetch/${randomBytes(8).toString('hex')}`;
  const launchData = Object.fromEntries(Object.entries({
    contextTemplate: {
      contextActivities: { grouping: [{ objectType: 'Activity', id: activityId }] },
      extensions: { [CMI5.sessionid]: sessionId },
    },
    launchMode: 'Normal',
    moveOn: 'CompletedOrPassed',
    ...options.launchData,
  }).filter(([, v]) => v !== undefined));

  const byId = new Map(); // statement id -> stored statement, for duplicate/conflict checks
  const sockets = new Set(); // so down() can cut keep-alive connections too
  let failure = null;

  const host = {
    origin: '', endpoint: '', fetchUrl: '', sessionId, token, actor, registration, activityId, launchData,
    statements: [], received: [], log: [], fetchCount: 0, duplicates: 0, isUp: false,
    // What cmi5Problems needs to judge this launch's statements.
    get expect() {
      return { actor, registration, activityId, sessionId, launchMode: launchData.launchMode,
        moveOn: launchData.moveOn, masteryScore: launchData.masteryScore };
    },
    launchQuery() {
      return Object.entries({ endpoint: host.endpoint, fetch: host.fetchUrl, actor: JSON.stringify(actor), registration, activityId })
        .map(([k, v]) => `${k}=${encodeURIComponent(v)}`).join('&');
    },
    failWith(status, { retryAfter } = {}) {
      failure = status == null ? null : { status, retryAfter };
    },
    async down() {
      if (!host.isUp) return;
      const closed = new Promise((resolve) => server.close(resolve));
      for (const s of sockets) s.destroy();
      await closed;
      host.isUp = false;
    },
    async up() {
      if (host.isUp) return;
      await listen(port);
    },
    async close() {
      await host.down();
    },
    async waitFor(predicate, timeoutMs = 5000) {
      const deadline = Date.now() + timeoutMs;
      let lastError = null;
      for (;;) {
        // A predicate that throws (e.g. reads statements.at(-1) too early) counts as "not yet".
        try {
          if (predicate(host)) return;
        } catch (err) {
          lastError = err;
        }
        if (Date.now() >= deadline) {
          const tail = host.log.slice(-5).map((l) => `${l.method} ${l.path} ${l.status}`).join('; ');
          throw new Error(`waitFor timed out after ${timeoutMs} ms: ${predicate}\n` +
            `  ${host.statements.length} statements stored; last requests: ${tail || 'none'}` +
            (lastError ? `\n  predicate last threw: ${lastError.message}` : ''));
        }
        await new Promise((r) => setTimeout(r, 50));
      }
    },
  };

  const server = http.createServer((req, res) => {
    handle(req, res).catch((err) => send(res, 500, { error: String(err?.stack ?? err) }));
  });
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });

  async function handle(req, res) {
    const url = new URL(req.url, host.origin);
    const entry = { method: req.method, path: url.pathname, status: 0, at: Date.now() };
    host.log.push(entry);
    res.on('finish', () => { entry.status = res.statusCode; });
    res.setHeader('X-Experience-API-Version', '1.0.3');
    for (const [k, v] of Object.entries(CORS)) res.setHeader(k, v);

    if (req.method === 'OPTIONS') return send(res, 204, null, PREFLIGHT);

    if (url.pathname === fetchPath) {
      if (req.method !== 'POST') return send(res, 405, { error: 'the fetch URL takes POST only' }, { Allow: 'POST' });
      // cmi5 8.2.3: the fetch URL hands out the token once; later calls get error-code 1.
      return send(res, 200, host.fetchCount++ === 0 ? { 'auth-token': token } : { 'error-code': '1', 'error-text': 'Already in use' });
    }
    if (!url.pathname.startsWith('/xapi/')) return send(res, 404, { error: `no such path ${url.pathname}` });
    const route = url.pathname.slice('/xapi/'.length);
    if (route === 'about' && req.method === 'GET') return send(res, 200, { version: ['1.0.3'] });

    const isStatements = route === 'statements' && (req.method === 'POST' || req.method === 'PUT');
    let body;
    let bodyError = null;
    if (isStatements) {
      // Read the body first so the log counts statements even in requests that are refused.
      try {
        body = JSON.parse(await readBody(req));
        entry.count = Array.isArray(body) ? body.length : 1;
      } catch (err) {
        bodyError = err;
      }
    }
    // An injected failure stands for an overloaded LRS: it answers before looking at anything.
    if (isStatements && failure) {
      return send(res, failure.status, { error: `injected failure ${failure.status}` },
        failure.retryAfter != null ? { 'Retry-After': String(failure.retryAfter) } : {});
    }
    if (req.headers.authorization !== `Basic ${token}`) {
      return send(res, 401, { error: 'missing or wrong Authorization (expected Basic <auth-token from the fetch URL>)' });
    }
    if (!String(req.headers['x-experience-api-version'] ?? '').startsWith('1.0')) {
      return send(res, 400, { error: 'X-Experience-API-Version header missing or not 1.0.x' });
    }

    if (route === 'activities/state' && req.method === 'GET') return getState(url, res);
    if (route === 'statements' && req.method === 'GET') {
      const s = byId.get(url.searchParams.get('statementId'));
      return s ? send(res, 200, s) : send(res, 404, { error: 'no such statement' });
    }
    if (!isStatements) return send(res, 404, { error: `${req.method} ${url.pathname} is not served here` });

    if (!/^application\/json\b/i.test(req.headers['content-type'] ?? '')) {
      return send(res, 400, { error: 'statements must be sent as Content-Type: application/json' });
    }
    if (bodyError) return send(res, 400, { error: `body is not JSON: ${bodyError.message}` });
    let batch;
    if (req.method === 'PUT') {
      const id = url.searchParams.get('statementId');
      if (!id || Array.isArray(body)) return send(res, 400, { error: 'PUT needs ?statementId= and a single statement' });
      if (body?.id !== undefined && body.id !== id) return send(res, 400, { error: `statementId ${id} != statement id ${body.id}` });
      batch = [body?.id === undefined ? { ...body, id } : body];
    } else {
      batch = Array.isArray(body) ? body : [body];
    }
    const result = store(batch);
    if (result.status !== 200) return send(res, result.status, { error: result.error });
    return req.method === 'PUT' ? send(res, 204, null) : send(res, 200, batch.map((s) => s.id));
  }

  // xAPI: a batch is all-or-nothing, so check everything before storing anything.
  function store(batch) {
    const fresh = new Map();
    let dups = 0;
    for (const [i, s] of batch.entries()) {
      const bad = statementError(s);
      if (bad) return { status: 400, error: `statement ${i}: ${bad}; nothing stored` };
      const known = byId.get(s.id) ?? fresh.get(s.id);
      if (known && !isDeepStrictEqual(known, s)) {
        return { status: 409, error: `statement ${i}: id ${s.id} already stored with different content; nothing stored` };
      }
      if (known) dups++;
      else fresh.set(s.id, s);
    }
    const at = Date.now();
    for (const s of fresh.values()) {
      byId.set(s.id, s);
      host.statements.push(s);
      host.received.push({ id: s.id, receivedAt: at });
    }
    host.duplicates += dups;
    return { status: 200 };
  }

  function getState(url, res) {
    const q = url.searchParams;
    if (q.get('stateId') !== 'LMS.LaunchData') return send(res, 404, { error: `no state ${q.get('stateId')}` });
    let agent = null;
    try { agent = JSON.parse(q.get('agent')); } catch { /* falls through to the mismatch below */ }
    const wrong = [
      q.get('activityId') !== activityId && 'activityId',
      q.get('registration') !== registration && 'registration',
      !isDeepStrictEqual(agent, actor) && 'agent',
    ].filter(Boolean);
    if (wrong.length) return send(res, 404, { error: `no LaunchData for this ${wrong.join(', ')}` });
    return send(res, 200, launchData);
  }

  let port = options.port ?? 0;
  function listen(p) {
    return new Promise((resolve, reject) => {
      server.once('error', reject);
      server.listen(p, '127.0.0.1', () => {
        server.off('error', reject);
        port = server.address().port;
        host.isUp = true;
        resolve();
      });
    });
  }
  await listen(port);
  host.origin = `http://127.0.0.1:${port}`;
  host.endpoint = `${host.origin}/xapi/`;
  host.fetchUrl = `${host.origin}${fetchPath}`;
  return host;
}

function send(res, status, body, headers = {}) {
  if (res.headersSent) return res.end();
  for (const [k, v] of Object.entries(headers)) res.setHeader(k, v);
  if (body === null) {
    res.writeHead(status).end();
  } else {
    res.writeHead(status, { 'Content-Type': 'application/json' }).end(JSON.stringify(body));
  }
}

function readBody(req) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

// The minimum an LRS needs to accept a statement (ours insists on an id).
function statementError(s) {
  if (!s || typeof s !== 'object' || Array.isArray(s)) return 'not an object';
  if (typeof s.id !== 'string' || !UUID.test(s.id)) return `id ${JSON.stringify(s.id)} is not a UUID`;
  if (!s.actor || typeof s.actor !== 'object') return 'no actor';
  if (typeof s.verb?.id !== 'string') return 'no verb.id';
  if (typeof s.object?.id !== 'string') return 'no object.id';
  return null;
}

const ISO_TIME = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:?\d\d)?$/;
const ISO_DURATION = /^P(?=\d|T\d)(\d+Y)?(\d+M)?(\d+W)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+(\.\d+)?S)?)?$/;
const CMI5_VERBS = new Set(['initialized', 'completed', 'passed', 'failed', 'terminated'].map((v) => VERB[v]));

// Every cmi5 rule (spec sections 9 and 10) the statements of one AU session
// break, as readable strings; [] means they are fine. Rules whose launch
// value is not given (e.g. no masteryScore) are skipped. The launch's moveOn
// is accepted but unused: it decides what the LMS makes of the verdict, not
// which statements the AU may send.
export function cmi5Problems(statements, { actor, registration, activityId, sessionId, launchMode, masteryScore } = {}) {
  const problems = [];
  const verbName = (s) => String(s?.verb?.id ?? '?').split('/').pop();
  const label = (i) => `statement ${i + 1} (${verbName(statements[i])})`;
  const categories = (s) => [].concat(s?.context?.contextActivities?.category ?? []).map((c) => c?.id);
  const isAu = (s) => s?.object?.id === activityId;
  const defined = (s, verb) => isAu(s) && s?.verb?.id === VERB[verb];
  const indexes = (verb) => statements.flatMap((s, i) => (defined(s, verb) ? [i] : []));
  const numbers = (is) => is.map((i) => i + 1).join(', ');

  if (statements.length === 0) return ['no statements: the first one must be initialized'];
  if (!defined(statements[0], 'initialized')) problems.push(`${label(0)} is first: the first statement must be initialized`);
  const inits = indexes('initialized');
  if (inits.length > 1) problems.push(`initialized sent ${inits.length} times (statements ${numbers(inits)}); at most once`);
  const terms = indexes('terminated');
  if (terms.length > 1) problems.push(`terminated sent ${terms.length} times (statements ${numbers(terms)}); at most once`);
  const firstInit = inits[0] ?? -1;
  const firstTerm = terms[0] ?? Infinity;
  for (let i = firstTerm + 1; i < statements.length; i++) problems.push(`${label(i)} comes after terminated: terminated must be last`);

  const completed = indexes('completed');
  if (completed.length > 1) problems.push(`completed sent ${completed.length} times; at most once`);
  const verdicts = [...indexes('passed'), ...indexes('failed')].sort((a, b) => a - b);
  if (verdicts.length > 1) problems.push(`passed/failed sent ${verdicts.length} times (statements ${numbers(verdicts)}); at most one of them`);

  const ids = new Set();
  statements.forEach((s, i) => {
    const at = label(i);
    const cats = categories(s);
    const result = s?.result ?? {};
    if (isAu(s) && !CMI5_VERBS.has(s?.verb?.id)) {
      problems.push(`${at} has the AU as object but is not a cmi5 verb (initialized, completed, passed, failed, terminated)`);
    } else if (isAu(s)) {
      const verb = verbName(s);
      if (!cats.includes(CMI5.category)) problems.push(`${at} lacks the cmi5 category in context.contextActivities.category`);
      const judged = ['completed', 'passed', 'failed'].includes(verb);
      if (judged && !cats.includes(CMI5.moveon)) problems.push(`${at} lacks the moveon category in context.contextActivities.category`);
      if (judged && ['Browse', 'Review'].includes(launchMode)) problems.push(`${at} is not allowed in launchMode ${launchMode}`);
      if (verb === 'completed' && result.completion !== true) problems.push(`${at} needs result.completion true`);
      if ((verb === 'completed' || verb === 'terminated') && !ISO_DURATION.test(result.duration ?? '')) {
        problems.push(`${at} needs result.duration as an ISO 8601 duration (got ${JSON.stringify(result.duration)})`);
      }
      if (verb === 'passed' && result.success !== true) problems.push(`${at} needs result.success true`);
      if (verb === 'failed' && result.success !== false) problems.push(`${at} needs result.success false`);
      if ((verb === 'passed' || verb === 'failed') && masteryScore != null) {
        const scaled = result.score?.scaled;
        if (typeof scaled !== 'number') problems.push(`${at} has no result.score.scaled to compare with masteryScore ${masteryScore}`);
        else if (verb === 'passed' && scaled < masteryScore) problems.push(`${at} has score ${scaled} below masteryScore ${masteryScore}`);
        else if (verb === 'failed' && scaled >= masteryScore) problems.push(`${at} has score ${scaled} at or above masteryScore ${masteryScore}`);
        const ext = s?.context?.extensions?.[CMI5.masteryscore];
        if (ext !== masteryScore) problems.push(`${at} carries masteryscore extension ${JSON.stringify(ext)}, expected ${masteryScore}`);
      }
    } else {
      // An "allowed" statement: not about the AU itself, so it must not look like a cmi5 one.
      if (cats.includes(CMI5.category)) problems.push(`${at} is not cmi5-defined but carries the cmi5 category`);
      if (cats.includes(CMI5.moveon)) problems.push(`${at} is not cmi5-defined but carries the moveon category`);
      if (i < firstInit || firstInit < 0) problems.push(`${at} comes before initialized`);
    }

    if (actor !== undefined && !isDeepStrictEqual(s?.actor, actor)) problems.push(`${at} actor ${JSON.stringify(s?.actor)} is not the launch actor`);
    if (registration !== undefined && s?.context?.registration !== registration) {
      problems.push(`${at} context.registration ${JSON.stringify(s?.context?.registration)} is not ${registration}`);
    }
    const sid = s?.context?.extensions?.[CMI5.sessionid];
    if (sessionId !== undefined && sid !== sessionId) problems.push(`${at} sessionid extension ${JSON.stringify(sid)} is not ${sessionId}`);
    if (!ISO_TIME.test(s?.timestamp ?? '') || Number.isNaN(Date.parse(s.timestamp))) {
      problems.push(`${at} timestamp ${JSON.stringify(s?.timestamp)} is not an ISO 8601 date-time`);
    }
    if (!UUID.test(s?.id ?? '')) problems.push(`${at} id ${JSON.stringify(s?.id)} is not a UUID`);
    else if (ids.has(s.id.toLowerCase())) problems.push(`${at} repeats id ${s.id}`);
    else ids.add(s.id.toLowerCase());
  });
  return problems;
}
