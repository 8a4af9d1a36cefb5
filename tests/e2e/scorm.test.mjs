// The exported SCORM packages in a real SCORM runtime (scorm-again, through
// lms_host.mjs): the engine finds the LMS, opens its learner without a
// picker, plays a module by keyboard, and the cmi values it leaves are
// checked; a relaunch in a browser with no local data restores the learner
// from suspend_data alone. Without an LMS around it, the package still runs
// and says its progress stays in the browser.
// Needs the LMS packages' web build (build/web/engine/lms) and WARMLINE_PACK_TOOL (the native
// warmline-pack), as tools/test.sh sets.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchChromium } from './chromium.mjs';
import { flattenCmi, readManifest, startLmsHost, unzipPackage } from './lms_host.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../..');
const outDir = process.env.WARMLINE_OUT || path.join(root, 'build/test-output');
const packTool = process.env.WARMLINE_PACK_TOOL || path.join(root, 'build/native/warmline-pack');
const webDir = path.join(root, 'build/web/engine/lms');

let browser;
const scratch = mkdtempSync(path.join(os.tmpdir(), 'warmline-scorm-'));

before(async () => {
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  rmSync(scratch, { recursive: true, force: true });
});

async function exportPackage(version) {
  const zip = path.join(scratch, `course-${version}.zip`);
  execFileSync(packTool, ['export-scorm', path.join(root, 'content/default'), '--scorm', version, '-o', zip,
    '--web', webDir, '--force']);
  const dir = path.join(scratch, `pkg-${version}`);
  await unzipPackage(zip, dir);
  return dir;
}

const frames = (frame, n = 3) => frame.evaluate((n) => new Promise((done) => {
  const step = (left) => (left ? requestAnimationFrame(() => step(left - 1)) : done());
  step(n);
}), n);

async function press(host, key) {
  await host.page.keyboard.press(key);
  await host.page.waitForTimeout(60);
  await frames(host.frame());
}

const state = (host) => host.frame().evaluate(() => Module.warmlineState());

async function engineReady(host) {
  const frame = host.frame();
  assert.ok(frame, 'the package runs in the LMS frame');
  await frame.waitForFunction(() => window.warmlineFirstFrameMs !== undefined && Module.warmlineState().storageReady
    && Module.warmlineState().modules > 0, null, { timeout: 60000 });
  await frames(frame);
  // Keys go to the course, as after a learner's click into it.
  await host.page.focus('#sco');
  await frame.evaluate(() => Module.canvas.focus());
  return state(host);
}

// Reads every card of the module's first lesson, then takes its quiz.
async function playFirstModule(host) {
  await press(host, 'Enter');  // the first skill
  let s = await state(host);
  assert.equal(s.screen, 'module');
  const module = s.module;
  await press(host, 'Enter');  // its first lesson
  s = await state(host);
  assert.equal(s.screen, 'lesson');
  for (let i = 0; i < s.cards; i++) await press(host, 'Enter');  // Next ... Finish
  s = await state(host);
  assert.equal(s.screen, 'module');
  for (let i = 0; i < 8 && !(await state(host)).focusedItem.startsWith('Quiz: '); i++) await press(host, 'ArrowDown');
  await press(host, 'Enter');
  s = await state(host);
  assert.equal(s.screen, 'quiz');
  for (let i = 0; i < s.quiz.count; i++) {
    await press(host, 'Enter');  // the first option
    await press(host, 'Enter');  // next / results
  }
  s = await state(host);
  assert.equal(s.screen, 'results');
  return { ...s, module };
}

const seconds = (t) => {
  const hms = /^(\d+):(\d\d):(\d\d(?:\.\d+)?)$/.exec(t);
  if (hms) return Number(hms[1]) * 3600 + Number(hms[2]) * 60 + Number(hms[3]);
  const iso = /^PT(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d+)?)S)?$/.exec(t);
  assert.ok(iso, `a session time: ${t}`);
  return Number(iso[1] || 0) * 3600 + Number(iso[2] || 0) * 60 + Number(iso[3] || 0);
};

for (const version of ['1.2', '2004']) {
  const v12 = version === '1.2';
  const el = v12
    ? { status: 'cmi.core.lesson_status', raw: 'cmi.core.score.raw', min: 'cmi.core.score.min', max: 'cmi.core.score.max',
        location: 'cmi.core.lesson_location', time: 'cmi.core.session_time', exit: 'cmi.core.exit', entry: 'cmi.core.entry' }
    : { status: 'cmi.completion_status', raw: 'cmi.score.raw', min: 'cmi.score.min', max: 'cmi.score.max',
        location: 'cmi.location', time: 'cmi.session_time', exit: 'cmi.exit', entry: 'cmi.entry' };

  test(`SCORM ${version}: the LMS's learner plays a module, the cmi values follow, and a relaunch resumes`, async () => {
    const dir = await exportPackage(version);
    assert.match(readManifest(dir).href, new RegExp(`lms=scorm${v12 ? '12' : '2004'}&pack=course\\.wlpack`));
    const learner = { id: 'emp-1042', name: 'Lopez, Maria' };
    const host = await startLmsHost({ browser, packageDir: dir, version, learner });
    let s = await engineReady(host);
    assert.equal(s.lms, v12 ? 'scorm12' : 'scorm2004');
    assert.equal(s.screen, 'home', 'no welcome screen and no picker: the LMS says who is learning');
    assert.equal(s.profile, 'Maria Lopez');
    assert.equal(s.lmsNotice, '');
    const init = (await host.calls('Initialize'))[0];
    assert.equal(init.result, 'true');
    // The first report, before any progress: started, not finished.
    assert.equal(await host.get(el.status), 'incomplete');
    await host.page.screenshot({ path: path.join(outDir, `scorm${v12 ? '12' : '2004'}-home.png`) });

    const results = await playFirstModule(host);
    await host.page.screenshot({ path: path.join(outDir, `scorm${v12 ? '12' : '2004'}-results.png`) });
    s = await state(host);
    const commits = await host.calls('Commit');
    assert.ok(commits.length >= 3, `a commit at launch, after the lesson and after the quiz (${commits.length})`);
    let cmi = flattenCmi(await host.cmi());
    // One quiz of 15 taken: the course score is its percentage over 15 modules.
    const score = Math.floor(Math.floor((results.result.correct * 100) / results.result.total) / 15);
    assert.equal(Number(cmi[el.raw]), score);
    assert.equal(cmi[el.min], '0');
    assert.equal(cmi[el.max], '100');
    assert.equal(cmi[el.location], results.module);
    if (v12) {
      assert.equal(cmi[el.status], 'incomplete');
    } else {
      assert.equal(cmi['cmi.completion_status'], 'incomplete');
      assert.equal(cmi['cmi.success_status'], 'unknown');
      assert.equal(Number(cmi['cmi.score.scaled']), Number((score / 100).toFixed(2)));
      assert.ok(Number(cmi['cmi.progress_measure']) > 0 && Number(cmi['cmi.progress_measure']) < 0.1);
    }
    const suspend = cmi['cmi.suspend_data'];
    assert.ok(suspend.length > 0 && suspend.length <= 4096, `suspend_data of ${suspend.length} characters`);
    assert.equal(Buffer.from(suspend, 'base64').subarray(0, 6).toString('latin1'), 'WLSAVE');
    const reported = Object.fromEntries(Object.entries(cmi).filter(([k, v]) => v !== '' && !/learner|student|_children|_count|suspend_data|entry|credit|mode|total_time/.test(k)));
    console.log(`# SCORM ${version} after one module: ${JSON.stringify(reported)}; suspend_data ${suspend.length} characters; `
      + `${commits.length} commits`);

    // The LMS closes the SCO: session time and exit, then Terminate.
    await host.unloadSco();
    const end = await host.waitForCall('Terminate');
    assert.equal(end.result, 'true');
    cmi = flattenCmi(await host.cmi());
    assert.equal(cmi[el.exit], 'suspend');
    assert.ok(seconds(cmi[el.time]) > 1, `session time ${cmi[el.time]}`);
    const saved = await host.cmi();
    assert.deepEqual(host.errors, []);
    await host.close();

    // Another device: a fresh browser profile with nothing in IndexedDB.
    const elsewhere = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const again = await startLmsHost({ context: elsewhere, packageDir: dir, version, learner, savedCmi: saved });
    s = await engineReady(again);
    assert.equal(await again.get(el.entry), 'resume');
    assert.equal(s.screen, 'home');
    assert.equal(s.profile, 'Maria Lopez');
    assert.equal(s.xp, results.xp, 'XP restored from suspend_data');
    assert.equal(s.lessonsRead.length, 1);
    await again.page.screenshot({ path: path.join(outDir, `scorm${v12 ? '12' : '2004'}-resumed.png`) });
    assert.deepEqual(again.errors, []);
    await again.close();
    await elsewhere.close();
  });
}

test('a SCORM package opened with no LMS around it still runs and says progress stays in the browser', async () => {
  const dir = await exportPackage('1.2');
  const host = await startLmsHost({ browser, packageDir: dir, version: '1.2' });
  // The host's API is there; the page is opened on its own, outside it.
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.goto(new URL('pkg/index.html?lms=scorm12&pack=course.wlpack', host.url).href);
  await page.waitForFunction(() => window.warmlineFirstFrameMs !== undefined && Module.warmlineState().storageReady
    && Module.warmlineState().screen === 'home', null, { timeout: 60000 });
  const s = await page.evaluate(() => Module.warmlineState());
  assert.match(s.lmsNotice, /No learning system .* kept in this browser/);
  assert.equal(s.modules, 15);
  await page.screenshot({ path: path.join(outDir, 'scorm-no-lms.png') });
  await page.close();
  await host.close();
});
