// A kiosk with an LRS in its config, under Xvfb: the first run is offline
// for a (simulated) day, so a new learner's lesson waits in the saved
// queue and the app says so; the second run finds the LRS up and sends it,
// once, with the kiosk's credentials and the learner as the actor. The LRS
// is tests/e2e/lrs_host.mjs, taken down for the first run.
// usage: node kiosk_lrs.mjs APP OUT-DIR
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startLrsHost } from '../e2e/lrs_host.mjs';

const [app, out] = process.argv.slice(2);
const here = path.dirname(fileURLToPath(import.meta.url));
const work = path.resolve(out, 'kiosk-lrs');  // the config wants absolute paths
rmSync(work, { recursive: true, force: true });
mkdirSync(path.join(work, 'data'), { recursive: true });

const host = await startLrsHost();
// The kiosk's credentials are the host's own: it checks Basic <token>.
const [key, secret] = Buffer.from(host.token, 'base64').toString().split(':');
const conf = path.join(work, 'kiosk.conf');
writeFileSync(conf, [
  `data: ${work}/data`,
  `lrs-endpoint: ${host.endpoint}`,
  `lrs-key: ${key}`,
  `lrs-secret: ${secret}`,
  'lrs-home-page: https://shop.example.com',
  '',
].join('\n'));

// The app's wall clock starts here, so a scripted day passes for its queue too.
const start = 1795000000;

// Not spawnSync: the LRS host answers from this process's event loop.
function runKiosk(name, startTime, steps) {
  const script = path.join(work, `${name}.script`);
  writeFileSync(script, `${steps.join('\n')}\nquit\n`);
  return new Promise((resolve) => {
    const child = spawn('xvfb-run', ['-a', '-s', '-screen 0 1280x800x24', 'timeout', '120', app, '--kiosk', '--windowed',
      '--config', conf, '--seed', '7', '--start-time', String(startTime), '--script', script],
    { stdio: ['ignore', 'inherit', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d) => { stderr += d; });
    child.on('exit', (code) => resolve({ code, stderr }));
  });
}
const state = (name) => JSON.parse(readFileSync(path.join(work, `${name}.json`), 'utf8'));

// Run 1: offline. A new learner chooses a PIN and reads the first lesson.
await host.down();
let run = await runKiosk('offline', start, [
  'wait 0.3',
  'key enter',                      // Tap to start
  'key enter',                      // I'm new here
  'type Ana',
  'key enter',
  'type 2468', 'key enter', 'type 2468', 'key enter',
  'wait 1',
  `state ${work}/s-home.json`,
  'key enter',                      // the first skill
  'key enter',                      // its first lesson
  ...Array(5).fill('key enter'),    // its cards, then Finish
  `state ${work}/s-read.json`,
  'wait 1',
  'advance 86400',                  // a day without a network
  'wait 1',
  `state ${work}/s-offline.json`,
  `screenshot ${work}/kiosk-offline.png`,
]);
assert.equal(run.code, 0, `the offline run failed: ${run.stderr}`);
assert.equal(state('s-home').profile, 'Ana');
assert.equal(state('s-read').lessonsRead.length, 1, 'the lesson was read');
const offline = state('s-offline');
assert.ok(offline.lrsWaiting >= 1, `statements wait (${offline.lrsWaiting})`);
assert.notEqual(offline.lrsNotice, '', 'the app says the LRS cannot be reached');
assert.equal(host.statements.length, 0);
const queueFiles = readdirSync(path.join(work, 'data')).filter((f) => f.startsWith('xapi-') && f.endsWith('.wlq'));
assert.equal(queueFiles.length, 1, 'the queue is saved beside the profiles');
console.log(`# offline: ${offline.lrsWaiting} statement(s) kept in ${queueFiles[0]}; "${offline.lrsNotice}"`);

// Run 2: the network is back; nobody needs to sign in for the queue to go.
await host.up();
run = await runKiosk('online', start + 90000, ['wait 3', `state ${work}/s-online.json`]);
assert.equal(run.code, 0, `the online run failed: ${run.stderr}`);
assert.equal(state('s-online').lrsWaiting, 0, 'the queue drained');
assert.equal(state('s-online').lrsNotice, '');
const lesson = host.statements.find((s) => s.verb.id.endsWith('/experienced'));
assert.ok(lesson, `the lesson statement arrived (${host.statements.length} stored)`);
assert.equal(host.statements.length, offline.lrsWaiting);
assert.equal(host.duplicates, 0);
assert.deepEqual(lesson.actor, {
  objectType: 'Agent', name: 'Ana', account: { homePage: 'https://shop.example.com', name: state('s-home').profileId },
});
assert.match(lesson.object.id, /^https:\/\/warmline\.invalid\/course\/.+\/lesson\//);
assert.match(lesson.context.registration, /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
// Stamped when it happened (a day before it was sent), not when it went.
const read = Date.parse(lesson.timestamp) / 1000;
assert.ok(read >= start && read < start + 600, `the timestamp is the reading, not the sending (${lesson.timestamp})`);
console.log(`# online: ${host.statements.length} statement(s) stored: ${JSON.stringify(lesson.object.id)} by ${lesson.actor.account.name}`);
assert.ok(existsSync(path.join(work, 'kiosk-offline.png')));
await host.close();
