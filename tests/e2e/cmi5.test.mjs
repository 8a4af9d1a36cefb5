// A cmi5 launch against a local LMS + LRS (lrs_host.mjs, on another origin,
// so CORS is real): the engine gets its token, reads LMS.LaunchData, opens
// the actor's learner, and sends statements as the learner reads a lesson
// and takes a quiz. The LRS goes down half-way (connection refused); every
// statement must still arrive, once, in order, and `terminated` last when
// the page goes away. A second test plays export-cmi5's package of a
// one-module pack to the end: completed and passed by the AU's
// masteryScore, with the mini-games' statements. The statements are judged
// by the cmi5 rules (lrs_host.mjs cmi5Problems).
// Needs the LMS packages' web build (build/web/engine/lms) and WARMLINE_PACK_TOOL
// (the native warmline-pack), as tools/test.sh provides.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchChromium } from './chromium.mjs';
import { cmi5Problems, startLrsHost } from './lrs_host.mjs';
import { unzipPackage } from './lms_host.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../..');
const webDir = path.join(root, 'build/web/engine/lms');
const outDir = process.env.WARMLINE_OUT || path.join(root, 'build/test-output');
const packTool = process.env.WARMLINE_PACK_TOOL || path.join(root, 'build/native/warmline-pack');
const port = 17000 + (process.pid % 1000);
const courseUrl = `http://127.0.0.1:${port}/index.html`;
mkdirSync(outDir, { recursive: true });

let server, browser;

before(async () => {
  server = spawn('python3', [path.join(root, 'tools/serve.py'), webDir, '--port', String(port), '--quiet'], { stdio: 'inherit' });
  for (let i = 0; i < 100; i++) {
    try { if ((await fetch(courseUrl)).ok) break; } catch { /* not up yet */ }
    await new Promise((r) => setTimeout(r, 100));
  }
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  server?.kill();
});

const frames = (page, n = 3) => page.evaluate((n) => new Promise((done) => {
  const step = (left) => (left ? requestAnimationFrame(() => step(left - 1)) : done());
  step(n);
}), n);

async function press(page, key) {
  await page.keyboard.press(key);
  await page.waitForTimeout(60);
  await frames(page);
}

const state = (page) => page.evaluate(() => Module.warmlineState());
const verbOf = (s) => s.verb.id.split('/').pop();
const objectOf = (s, activityId) => s.object.id.startsWith(`${activityId}/`) ? s.object.id.slice(activityId.length + 1) : s.object.id;

test('cmi5: statements for a lesson and a quiz reach the LRS in order through an outage, terminated last', async () => {
  const host = await startLrsHost();
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(`${courseUrl}?${host.launchQuery()}`);
  await page.waitForFunction(() => window.warmlineFirstFrameMs !== undefined && Module.warmlineState().storageReady
    && Module.warmlineState().modules > 0, null, { timeout: 60000 });
  await frames(page);
  let s = await state(page);
  assert.equal(s.lms, 'cmi5');
  assert.equal(s.screen, 'home', 'the LMS says who is learning: no welcome screen, no picker');
  assert.equal(s.profile, 'Maria Lopez');
  await host.waitFor((h) => h.statements.length === 1, 10000);
  assert.equal(verbOf(host.statements[0]), 'initialized');
  assert.equal(host.fetchCount, 1, 'the fetch URL is used once');

  // A lesson, read to the end while the LRS is up.
  await press(page, 'Enter');
  s = await state(page);
  assert.equal(s.screen, 'module');
  await press(page, 'Enter');
  s = await state(page);
  assert.equal(s.screen, 'lesson');
  for (let i = 0; i < s.cards; i++) await press(page, 'Enter');
  await host.waitFor((h) => h.statements.some((st) => verbOf(st) === 'experienced'), 10000);

  // The LRS goes away; the quiz is taken anyway.
  await host.down();
  for (let i = 0; i < 8 && !(await state(page)).focusedItem.startsWith('Quiz: '); i++) await press(page, 'ArrowDown');
  await press(page, 'Enter');
  s = await state(page);
  assert.equal(s.screen, 'quiz');
  const count = s.quiz.count;
  for (let i = 0; i < count; i++) {
    await press(page, 'Enter');  // the first option
    await press(page, 'Enter');  // next / results
  }
  const results = await state(page);
  assert.equal(results.screen, 'results');
  await page.waitForFunction((n) => Module.warmlineState().lrsWaiting >= n && Module.warmlineState().lrsNotice !== '',
    count + 1, { timeout: 20000 });
  s = await state(page);
  console.log(`# LRS down: ${s.lrsWaiting} statements waiting; the app says "${s.lrsNotice}"`);
  await press(page, 'Escape');
  await press(page, 'Escape');
  await page.screenshot({ path: path.join(outDir, 'cmi5-lrs-down.png') });
  const storedBefore = host.statements.length;

  // Back up: the queue drains on its next retry, nothing lost.
  await host.up();
  await page.waitForFunction(() => Module.warmlineState().lrsWaiting === 0, null, { timeout: 60000 });
  assert.equal(host.statements.length, storedBefore + count + 1, 'every answer and the quiz arrived');
  s = await state(page);
  assert.equal(s.lrsNotice, '', 'the notice goes once the LRS has everything');

  // Leaving the page sends terminated with keepalive.
  await page.goto('about:blank');
  await host.waitFor((h) => h.statements.some((st) => verbOf(st) === 'terminated'), 10000);
  await page.close();

  const st = host.statements;
  console.log(`# ${st.length} statements: ${st.map((x) => `${verbOf(x)} ${objectOf(x, host.activityId)}`).join(', ')}`);
  assert.deepEqual(cmi5Problems(st, host.expect), []);
  assert.equal(host.duplicates, 0, 'no statement stored twice');
  assert.deepEqual(st.map(verbOf), ['initialized', 'experienced', ...Array(count).fill('answered'), 'completed', 'terminated']);

  const answers = st.filter((x) => verbOf(x) === 'answered');
  for (const a of answers) {
    assert.equal(a.object.definition.type, 'http://adlnet.gov/expapi/activities/cmi.interaction');
    assert.ok(a.object.definition.interactionType, 'an interaction type');
    assert.equal(typeof a.result.success, 'boolean');
    assert.match(a.result.duration, /^PT/);
    assert.ok('response' in a.result, 'the learner\'s response');
    assert.deepEqual(a.context.contextActivities.parent.map((p) => p.id), [host.activityId], 'the AU is the parent');
  }
  const quiz = st.find((x) => verbOf(x) === 'completed');
  assert.match(quiz.object.id, /\/quiz\//, 'the module quiz, not the AU: one of 15 modules is not the course');
  assert.equal(quiz.result.score.max, count);
  assert.equal(quiz.result.score.raw, answers.filter((a) => a.result.success).length);
  assert.equal(quiz.result.score.scaled, quiz.result.score.raw / count);
  assert.equal(results.result.correct, quiz.result.score.raw);
  // Oldest first, always: the order the learner acted in.
  const times = st.map((x) => Date.parse(x.timestamp));
  assert.deepEqual(times, [...times].sort((a, b) => a - b));
  const lesson = st.find((x) => verbOf(x) === 'experienced');
  console.log(`# examples: ${JSON.stringify(lesson.object)} | ${JSON.stringify(answers[0].result)} | ${JSON.stringify(quiz.result)}`);
  assert.deepEqual(errors, []);
  await host.close();
});

async function serve(dir, port) {
  const child = spawn('python3', [path.join(root, 'tools/serve.py'), dir, '--port', String(port), '--quiet'], { stdio: 'inherit' });
  for (let i = 0; i < 100; i++) {
    try { if ((await fetch(`http://127.0.0.1:${port}/index.html`)).ok) return child; } catch { /* not up yet */ }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`no server on ${port}`);
}

test('cmi5: export-cmi5\'s package played to the end sends the games\' statements, then completed and passed by its masteryScore', async () => {
  // The course as an LMS imports it: export-cmi5's package, unpacked, its
  // AU launched at the URL cmi5.xml gives, with the LMS's parameters added.
  const dir = mkdtempSync(path.join(os.tmpdir(), 'warmline-cmi5-'));
  execFileSync(packTool, ['export-cmi5', path.join(here, 'fixtures/cmi5_pack'), '-o', path.join(dir, 'course.zip'),
    '--web', webDir, '--id-base', 'https://courses.example.com/']);
  await unzipPackage(path.join(dir, 'course.zip'), path.join(dir, 'au'));
  const structure = readFileSync(path.join(dir, 'au/cmi5.xml'), 'utf8');
  const auId = /<au id="([^"]+)"/.exec(structure)[1];
  const auUrl = /<url>([^<]+)<\/url>/.exec(structure)[1].replace(/&amp;/g, '&');
  const mastery = Number(/masteryScore="([^"]+)"/.exec(structure)[1]);
  assert.equal(auId, 'https://courses.example.com/cmi5-mini/au');
  const miniPort = port + 1;
  const site = await serve(path.join(dir, 'au'), miniPort);
  // The LMS hands the AU's masteryScore on in LaunchData, as cmi5 requires.
  const host = await startLrsHost({ activityId: auId, launchData: { masteryScore: mastery, moveOn: 'CompletedAndPassed' } });
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  try {
    await page.goto(`http://127.0.0.1:${miniPort}/${auUrl}&${host.launchQuery()}`);
    await page.waitForFunction(() => window.warmlineFirstFrameMs !== undefined && Module.warmlineState().storageReady
      && Module.warmlineState().modules === 1, null, { timeout: 60000 });
    await frames(page);
    const focusRow = async (prefix) => {
      for (let i = 0; i < 12 && !(await state(page)).focusedItem.startsWith(prefix); i++) await press(page, 'ArrowDown');
      assert.ok((await state(page)).focusedItem.startsWith(prefix), `no row starting "${prefix}"`);
      await press(page, 'Enter');
    };
    await press(page, 'Enter');  // the one skill
    await press(page, 'Enter');  // its lesson, the first row
    assert.equal((await state(page)).screen, 'lesson');
    await press(page, 'Enter');  // Finish lesson

    await focusRow('Breathing: ');
    assert.equal((await state(page)).screen, 'breathing');
    for (let i = 0; i < 8 && (await state(page)).focusedItem !== 'Start'; i++) await press(page, 'ArrowDown');
    await press(page, 'Enter');
    await page.waitForFunction(() => Module.warmlineState().breathingPhase === 'finished', null, { timeout: 15000 });
    await press(page, 'Escape');

    await focusRow('Rephrasing game');
    assert.equal((await state(page)).rephrase.type, 'pick');
    await press(page, 'Enter');
    assert.equal((await state(page)).rephrase.settled, true);
    await press(page, 'Escape');

    await focusRow('Quiz: ');
    await press(page, 'Enter');  // True, the first button: right
    await press(page, 'Enter');  // results
    const results = await state(page);
    assert.equal(results.screen, 'results');
    assert.equal(results.result.correct, 1);
    await host.waitFor((h) => h.statements.some((st) => verbOf(st) === 'passed'), 20000);
    await page.goto('about:blank');
    await host.waitFor((h) => h.statements.some((st) => verbOf(st) === 'terminated'), 10000);

    const st = host.statements;
    const summary = st.map((x) => `${verbOf(x)} ${objectOf(x, host.activityId)}`);
    console.log(`# ${st.length} statements: ${summary.join(', ')}`);
    assert.deepEqual(cmi5Problems(st, host.expect), []);
    assert.deepEqual(summary, [
      `initialized ${host.activityId}`,
      'experienced lesson/hello-first',
      'completed game/breathing/quick-breath',
      'answered game/rephrase/rp-what-want',
      'answered question/hello-q1',
      'completed quiz/hello',
      `completed ${host.activityId}`,
      `passed ${host.activityId}`,
      `terminated ${host.activityId}`,
    ]);
    const passed = st.find((x) => verbOf(x) === 'passed');
    assert.equal(passed.result.score.scaled, 1);
    assert.equal(passed.context.extensions['https://w3id.org/xapi/cmi5/context/extensions/masteryscore'], mastery);
    assert.equal(mastery, 0.8, 'the pack\'s pass mark');
    const breathing = st.find((x) => x.object.id.includes('/game/breathing/'));
    assert.equal(breathing.result.duration, 'PT2S', 'one cycle of in 1 s, out 1 s');
    console.log(`# passed: ${JSON.stringify(passed.result)}; breathing: ${JSON.stringify(breathing.result)}`);
    assert.deepEqual(errors, []);
  } finally {
    await page.close();
    await host.close();
    site.kill();
    rmSync(dir, { recursive: true, force: true });
  }
});
