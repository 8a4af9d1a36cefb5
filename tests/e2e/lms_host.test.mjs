// The test LMS (lms_host.mjs) against a stand-in SCO (fixtures/fake_sco):
// the SCO finds the API, reads the learner the LMS set, its values land in
// scorm-again's cmi, the calls are logged, and a relaunch resumes.
// usage: node --test tests/e2e/lms_host.test.mjs
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchChromium } from './chromium.mjs';
import { SCORM, flattenCmi, readManifest, relaunchData, startLmsHost } from './lms_host.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const fakeSco = path.join(here, 'fixtures/fake_sco');

let browser;

before(async () => {
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
});

// What the fake SCO writes, per version, and how scorm-again reports it back.
const expected = {
  '1.2': {
    set: {
      'cmi.core.lesson_status': 'incomplete', 'cmi.core.score.raw': '80', 'cmi.core.score.min': '0', 'cmi.core.score.max': '100',
      'cmi.core.lesson_location': 'module-3/page-1', 'cmi.core.session_time': '0000:01:02.50', 'cmi.core.exit': 'suspend',
    },
    refusedBeforeInit: '301',
  },
  '2004': {
    set: {
      'cmi.completion_status': 'incomplete', 'cmi.success_status': 'passed', 'cmi.score.raw': '80', 'cmi.score.min': '0',
      'cmi.score.max': '100', 'cmi.score.scaled': '0.8', 'cmi.location': 'module-3/page-1', 'cmi.session_time': 'PT1M2.5S',
      'cmi.exit': 'suspend',
    },
    refusedBeforeInit: '132',
  },
};

async function scoResult(host) {
  const frame = host.frame();
  assert.ok(frame, 'the SCO iframe exists');
  await frame.waitForFunction(() => window.scoResult?.done, null, { timeout: 10000 });
  return frame.evaluate(() => window.scoResult);
}

const seconds = (t) => {
  // 1.2 "HHHH:MM:SS.SS" or 2004 "PT#H#M#S" -> seconds
  const c = /^(\d+):(\d\d):(\d\d(?:\.\d+)?)$/.exec(t);
  if (c) return Number(c[1]) * 3600 + Number(c[2]) * 60 + Number(c[3]);
  const p = /^P(?:\d+D)?T?(?:(\d+(?:\.\d+)?)H)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)S)?$/.exec(t);
  assert.ok(p, `not a duration: ${t}`);
  return Number(p[1] ?? 0) * 3600 + Number(p[2] ?? 0) * 60 + Number(p[3] ?? 0);
};

for (const version of ['1.2', '2004']) {
  const s = SCORM[version];
  const want = expected[version];
  const learner = { id: `u-042-${version}`, name: 'Doe, Jane' };

  test(`SCORM ${version}: the SCO finds ${s.apiName}, reports to scorm-again, and resumes on relaunch`, async () => {
    // First launch.
    const host = await startLmsHost({ browser, packageDir: fakeSco, version, learner });
    let saved, first;
    try {
      first = await scoResult(host);
      assert.equal(first.version, version, 'the launch URL told the SCO its SCORM version');
      assert.equal(first.found, true, 'the SCO found the API');
      assert.equal(first.via, 'parent');
      assert.equal(first.depth, 1, 'the API is one window up');
      assert.deepEqual(first.beforeInit, { result: 'false', error: want.refusedBeforeInit }, 'SetValue before Initialize is refused');
      assert.deepEqual(first.init, { result: 'true', error: '0' });
      assert.equal(first.learnerName, learner.name, 'the SCO read the name the LMS set');
      assert.equal(first.learnerId, learner.id);
      assert.equal(first.entry, 'ab-initio');
      assert.equal(first.suspendData, '');
      for (const [el, r] of Object.entries(first.sets)) assert.deepEqual(r, { result: 'true', error: '0' }, `SetValue ${el}`);
      assert.deepEqual(first.commit, { result: 'true', error: '0' });

      const flat = flattenCmi(await host.cmi());
      for (const [el, v] of Object.entries(want.set)) {
        if (el.endsWith('session_time')) assert.equal(seconds(flat[el]), 62.5, `${el} = ${flat[el]}`);
        else assert.equal(flat[el], v, el);
      }
      assert.equal(flat[s.el.suspendData], first.wroteSuspendData);
      assert.match(first.wroteSuspendData, /^visits=1;page=3;who=u-042/);
      assert.equal(flat[s.el.learnerName], learner.name);
      assert.equal(await host.get(s.el.location), 'module-3/page-1');

      const log = await host.log();
      const early = log[0];
      assert.equal(early.call, 'SetValue');
      assert.equal(early.method, s.methods.SetValue);
      assert.equal(early.result, 'false');
      assert.equal(early.error, want.refusedBeforeInit);
      assert.deepEqual(log.filter((e) => e.call === 'Initialize').map((e) => [e.method, e.result, e.error]),
        [[s.methods.Initialize, 'true', '0']]);
      const nameRead = log.find((e) => e.call === 'GetValue' && e.element === s.el.learnerName);
      assert.equal(nameRead?.result, learner.name);
      const setCalls = log.filter((e) => e.call === 'SetValue' && e.error === '0');
      for (const [el, v] of Object.entries(want.set)) {
        assert.ok(setCalls.some((e) => e.element === el && e.value === v && e.result === 'true'), `SetValue ${el}=${v} logged`);
      }
      const commits = await host.calls('Commit');
      assert.equal(commits.length, 1, 'one Commit');
      assert.equal(commits[0].method, s.methods.Commit);
      assert.equal(commits[0].result, 'true');
      assert.equal(commits[0].error, '0');
      assert.equal(commits[0].cmi[s.el.suspendData], first.wroteSuspendData, 'the commit carried the suspend data');
      assert.ok(log.findLastIndex((e) => e.call === 'Commit') > log.findLastIndex((e) => e.call === 'SetValue'), 'Commit came after the last SetValue');
      assert.equal(await host.state(), 'initialized');

      // The learner leaves: Terminate / LMSFinish.
      assert.deepEqual(await host.frame().evaluate(() => window.scoFinish()), { result: 'true', error: '0' });
      const [fin] = await host.calls('Terminate');
      assert.equal(fin.method, s.methods.Terminate);
      assert.equal(fin.result, 'true');
      assert.equal(seconds(fin.totalTime), 62.5, 'total time at Terminate counts the session');
      assert.equal(await host.state(), 'terminated');
      assert.deepEqual(host.errors, []);
      saved = await host.cmi();
    } finally {
      await host.close();
    }

    // Relaunch with what the LMS stored.
    const again = await startLmsHost({ browser, packageDir: fakeSco, version, learner, savedCmi: saved });
    try {
      const second = await scoResult(again);
      assert.deepEqual(second.init, { result: 'true', error: '0' });
      assert.equal(second.entry, 'resume', 'a suspended attempt resumes');
      assert.equal(second.suspendData, first.wroteSuspendData, 'the SCO got back the suspend data it saved');
      assert.equal(second.location, 'module-3/page-1');
      assert.equal(second.learnerName, learner.name);
      assert.equal(seconds(second.totalTime), 62.5, `total_time ${second.totalTime} includes the first session`);
      assert.match(second.wroteSuspendData, /^visits=2;/);
      assert.equal(flattenCmi(await again.cmi())[s.el.suspendData], second.wroteSuspendData);
      // The LMS unloads the SCO: it terminates on pagehide.
      assert.equal((await again.calls('Terminate')).length, 0);
      await again.unloadSco();
      const fin = await again.waitForCall('Terminate', { timeout: 5000 });
      assert.equal(fin.result, 'true');
      assert.equal(fin.cmi[s.el.suspendData], second.wroteSuspendData);
      assert.equal(await again.state(), 'terminated');
      assert.deepEqual(again.errors, []);
    } finally {
      await again.close();
    }
  });
}

test('the fake SCO opened outside the LMS finds no API', async () => {
  // Opened as its own top window (no parent, no opener) it must not find one.
  const host = await startLmsHost({ browser, packageDir: fakeSco, version: '2004', launch: 'index.html?lms=scorm2004' });
  try {
    await scoResult(host);
    const page = await browser.newPage();
    try {
      await page.goto(new URL('pkg/index.html?lms=scorm12', host.url).href);
      await page.waitForFunction(() => window.scoResult?.done);
      assert.equal(await page.evaluate(() => window.scoResult.found), false);
    } finally {
      await page.close();
    }
  } finally {
    await host.close();
  }
});

test('relaunchData keeps the learner data and sets entry from exit', () => {
  const r = relaunchData({ cmi: { core: { exit: 'suspend', session_time: '00:00:05', total_time: '00:01:00', lesson_location: 'a', student_name: 'X' }, suspend_data: 's' } }, '1.2');
  assert.deepEqual(r.values, { 'cmi.core.lesson_location': 'a', 'cmi.suspend_data': 's', 'cmi.core.entry': 'resume' });
  assert.equal(r.totalTime, '00:01:00');
  assert.equal(r.sessionTime, '00:00:05');
  assert.equal(relaunchData({ 'cmi.exit': 'normal', 'cmi.location': 'b' }, '2004').values['cmi.entry'], '');
});

test('readManifest finds the SCO launch href and the SCORM version', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'warmline-manifest-'));
  try {
    writeFileSync(path.join(dir, 'imsmanifest.xml'), `<?xml version="1.0"?>
<manifest identifier="m"><metadata><schema>ADL SCORM</schema><schemaversion>2004 4th Edition</schemaversion></metadata>
<resources><resource identifier="r1" type="webcontent" adlcp:scormType="sco" href="index.html?lms=scorm2004&amp;pack=course.wlpack"/></resources></manifest>`);
    assert.deepEqual(readManifest(dir), { href: 'index.html?lms=scorm2004&pack=course.wlpack', version: '2004', identifier: 'r1' });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
