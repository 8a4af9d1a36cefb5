// Browser end-to-end test: Debian's Chromium (SwiftShader WebGL 2) driven by
// playwright-core against the real web build served on localhost.
// usage: node --test tests/e2e/web.test.mjs   (WARMLINE_WEB_DIR, WARMLINE_OUT)
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchChromium } from './chromium.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../..');
const webDir = process.env.WARMLINE_WEB_DIR || path.join(root, 'build/web/engine');
const outDir = process.env.WARMLINE_OUT || path.join(root, 'build/test-output');
const port = 18000 + (process.pid % 1000);
const url = `http://127.0.0.1:${port}/`;
mkdirSync(outDir, { recursive: true });

let server, browser;

async function waitForServer() {
  for (let i = 0; i < 100; i++) {
    try { if ((await fetch(url)).ok) return; } catch { /* not up yet */ }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`server on ${url} did not start`);
}

before(async () => {
  server = spawn('python3', [path.join(root, 'tools/serve.py'), webDir, '--port', String(port), '--quiet'], { stdio: 'inherit' });
  await waitForServer();
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  server?.kill();
});

async function openApp(page) {
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  const t0 = Date.now();
  await page.goto(url);
  await page.waitForFunction(() => window.warmlineFirstFrameMs !== undefined, null, { timeout: 60000 });
  const firstFrameMs = await page.evaluate(() => window.warmlineFirstFrameMs);
  return { errors, firstFrameMs, wallMs: Date.now() - t0 };
}

// Playwright starts intercepting file pickers only when the first listener
// is added, and a picker opened before that never reports (the race in
// puppeteer#6040). Listening from the page's creation closes the gap.
function watchFileChoosers(page) {
  const waiting = [];
  page.on('filechooser', (chooser) => waiting.shift()?.(chooser));
  return () => new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('no file picker opened within 30 s')), 30000);
    waiting.push((chooser) => { clearTimeout(timer); resolve(chooser); });
  });
}

const frames = (page, n = 3) => page.evaluate((n) => new Promise((done) => {
  const step = (left) => (left ? requestAnimationFrame(() => step(left - 1)) : done());
  step(n);
}), n);

// A person's drag: press, move in small steps with frames between, release.
async function drag(page, [x0, y0], [x1, y1]) {
  await page.mouse.move(x0, y0);
  await frames(page);
  await page.mouse.down();
  await frames(page);
  for (let i = 1; i <= 8; i++) {
    await page.mouse.move(x0 + ((x1 - x0) * i) / 8, y0 + ((y1 - y0) * i) / 8);
    await frames(page, 1);
  }
  await frames(page);
  await page.mouse.up();
  await frames(page);
}

const centre = (t) => [t.x + t.w / 2, t.y + t.h / 2];

const state = (page) => page.evaluate(() => Module.warmlineState());

async function press(page, key) {
  await page.keyboard.press(key);
  // Key handling and the frames after it run on animation frames; a loaded
  // machine delivers them late, so count frames as well as time.
  await page.waitForTimeout(60);
  await frames(page);
}

test('the page loads, draws its first frame and reports state', async () => {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  const { errors, firstFrameMs } = await openApp(page);
  console.log(`# first frame ${firstFrameMs.toFixed(0)} ms after navigation`);
  const s = await state(page);
  assert.equal(s.screen, 'welcome');
  assert.equal(s.target, 'web');
  assert.equal(s.window.width, 1280);
  assert.equal(s.window.height, 800);
  assert.ok(s.framesDrawn >= 1);
  assert.equal(await page.locator('#loading-panel').isHidden(), true, 'loading panel hides after the first frame');
  await page.screenshot({ path: path.join(outDir, 'web-welcome.png') });
  assert.deepEqual(errors, []);
  await page.close();
});

test('the first frame uploads the font atlas once, and rebuilt fonts leave no texture behind', async () => {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.addInitScript(() => {
    window.__textures = { created: 0, deleted: 0, uploads: [] };
    const proto = WebGL2RenderingContext.prototype;
    const create = proto.createTexture, remove = proto.deleteTexture, upload = proto.texImage2D;
    proto.createTexture = function (...a) { window.__textures.created++; return create.apply(this, a); };
    proto.deleteTexture = function (...a) { if (a[0]) window.__textures.deleted++; return remove.apply(this, a); };
    proto.texImage2D = function (...a) { window.__textures.uploads.push(performance.now()); return upload.apply(this, a); };
  });
  const { errors } = await openApp(page);
  // The complete fonts replace the first screen's in the frames after it.
  await page.waitForFunction(() => Module.warmlineState().framesDrawn >= 3, null, { timeout: 20000 });
  const t = await page.evaluate(() => ({ ...window.__textures, first: window.warmlineFirstFrameMs }));
  assert.equal(t.uploads.filter((at) => at <= t.first).length, 1, 'one upload before the first frame is shown');
  assert.ok(t.uploads.length >= 2, 'the complete fonts were uploaded after it');
  assert.equal(t.created - t.deleted, 1, `textures alive: ${t.created} made, ${t.deleted} freed`);
  assert.deepEqual(errors, []);
  await page.close();
});

test('the first frame reads no GL state back; the shaders are checked in the next', async () => {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.addInitScript(() => {
    // Each of these waits for the GPU process; in the first frame it would
    // wait there for the context, the shader compile and the font upload.
    // (isContextLost and the extension lists are answered in the page.)
    const reads = /^(get(?!Extension$|SupportedExtensions$|ContextAttributes$)|is(?!ContextLost$)|checkFramebufferStatus$|readPixels$|finish$)/;
    window.__gl = { frame: 0, drawn: 0, reads: [] };
    const proto = WebGL2RenderingContext.prototype;
    for (const name of Object.getOwnPropertyNames(proto)) {
      const d = Object.getOwnPropertyDescriptor(proto, name);
      if (typeof d.value !== 'function') continue;
      const f = d.value, read = reads.test(name), draw = name === 'drawElements';
      if (!read && !draw) continue;
      proto[name] = function (...a) {
        if (draw && window.__gl.frame) window.__gl.drawn = window.__gl.drawn || window.__gl.frame;
        if (read) window.__gl.reads.push({ name, frame: window.__gl.frame });
        return f.apply(this, a);
      };
    }
    const raf = window.requestAnimationFrame.bind(window);
    let count = 0;
    window.requestAnimationFrame = (cb) => raf((t) => { window.__gl.frame = ++count; cb(t); window.__gl.frame = 0; });
  });
  const { errors } = await openApp(page);
  await page.waitForFunction(() => Module.warmlineState().framesDrawn >= 3, null, { timeout: 20000 });
  const gl = await page.evaluate(() => window.__gl);
  assert.ok(gl.drawn > 0, 'the first frame was seen drawing');
  const inFirst = gl.reads.filter((r) => r.frame === gl.drawn).map((r) => r.name);
  assert.deepEqual(inFirst, [], 'GL reads in the first frame');
  const later = gl.reads.filter((r) => r.frame > gl.drawn).map((r) => r.name);
  assert.ok(later.includes('getProgramParameter'), `the link status is asked after the first frame (${later})`);
  assert.deepEqual(errors, []);
  await page.close();
});

test('shaders the browser cannot build show the error card, not a blank page', async () => {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.addInitScript(() => {
    // A driver that fails every shader: the link status and the logs say so.
    const proto = WebGL2RenderingContext.prototype;
    const programParameter = proto.getProgramParameter, shaderParameter = proto.getShaderParameter;
    proto.getProgramParameter = function (p, name) { return name === this.LINK_STATUS ? false : programParameter.call(this, p, name); };
    proto.getShaderParameter = function (s, name) { return name === this.COMPILE_STATUS ? false : shaderParameter.call(this, s, name); };
    proto.getProgramInfoLog = () => 'link failed (injected)';
    proto.getShaderInfoLog = () => 'ERROR: 0:1: injected';
  });
  await page.goto(url);
  await page.waitForFunction(() => !document.getElementById('error-panel').hidden, null, { timeout: 20000 });
  assert.equal(await page.textContent('#error-title'), 'This browser cannot show Warmline');
  const detail = await page.textContent('#error-detail');
  assert.match(detail, /^WebGL 2 could not build the screen's shaders\. Vertex shader: ERROR: 0:1: injected; Fragment shader: /);
  assert.match(detail, /Program: link failed \(injected\)$/);
  await page.screenshot({ path: path.join(outDir, 'web-shaders-failed.png') });
  await page.close();
});

test('keyboard alone moves through the screens', async () => {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await openApp(page);
  await press(page, 'Tab');
  assert.equal((await state(page)).focusedItem, 'Start learning');
  await press(page, 'Tab');
  assert.equal((await state(page)).focusedItem, 'How Warmline works');
  await press(page, 'Enter');
  assert.equal((await state(page)).screen, 'help');
  await page.screenshot({ path: path.join(outDir, 'web-help.png') });
  await press(page, 'Escape');
  assert.equal((await state(page)).screen, 'welcome');
  await press(page, 'Tab');
  await press(page, 'Tab');
  assert.equal((await state(page)).focusedItem, 'Course packs');
  await press(page, 'Tab');
  assert.equal((await state(page)).focusedItem, 'About Warmline');
  await press(page, 'Enter');
  const s = await state(page);
  assert.equal(s.screen, 'about');
  await page.screenshot({ path: path.join(outDir, 'web-about.png') });
  await page.close();
});

test('a new hire creates a profile, reads a lesson, takes a quiz, and finds it all after a reload', async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const { errors } = await openApp(page);
  await page.waitForFunction(() => Module.warmlineState().storageReady, null, { timeout: 10000 });
  let s = await state(page);
  assert.equal(s.course, 'warmline-default');
  assert.equal(s.courseError, '');
  assert.ok(s.modules >= 13, `only ${s.modules} modules`);
  await press(page, 'Enter');  // Start learning
  assert.equal((await state(page)).screen, 'profiles');
  await press(page, 'Enter');  // I'm new here
  assert.equal((await state(page)).screen, 'new-profile');
  // Plain ASCII: Playwright types characters outside the US layout as an
  // IME-style insertText, which SDL2's web backend does not receive (see notes).
  await page.keyboard.type('Lea');
  await press(page, 'Enter');
  s = await state(page);
  assert.equal(s.screen, 'home');
  assert.equal(s.profile, 'Lea');
  await page.screenshot({ path: path.join(outDir, 'web-home.png') });
  await press(page, 'Enter');  // the first skill
  s = await state(page);
  assert.equal(s.screen, 'module');
  const module = s.module;
  await press(page, 'Enter');  // its first lesson
  s = await state(page);
  assert.equal(s.screen, 'lesson');
  assert.equal(s.card, 0);
  assert.ok(s.cards >= 2, `lesson ${s.lesson} has ${s.cards} cards`);
  const lesson = s.lesson;
  await press(page, 'Enter');  // Next
  assert.equal((await state(page)).card, 1);
  await page.screenshot({ path: path.join(outDir, 'web-lesson-card.png') });
  for (let i = 1; i < s.cards; i++) await press(page, 'Enter');  // to the end, then Finish
  s = await state(page);
  assert.equal(s.screen, 'module');
  assert.equal(s.module, module);
  assert.deepEqual(s.lessonsRead, [lesson]);
  assert.ok(s.badges.includes('first-lesson'), `badges: ${s.badges}`);
  const xpAfterLesson = s.xp;

  // The quiz row comes after the lessons; Down walks there from the next unread lesson.
  for (let i = 0; i < 8 && !(await state(page)).focusedItem.startsWith('Quiz: '); i++) await press(page, 'ArrowDown');
  assert.ok((await state(page)).focusedItem.startsWith('Quiz: '));
  await press(page, 'Enter');
  s = await state(page);
  assert.equal(s.screen, 'quiz');
  assert.equal(s.quiz.question, 0);
  await page.screenshot({ path: path.join(outDir, 'web-quiz.png') });
  const count = s.quiz.count;
  for (let i = 0; i < count; i++) {
    await press(page, 'Enter');  // answer: first option, True, or check as shown
    assert.equal((await state(page)).quiz.answered, true, `question ${i} answered`);
    if (i === 0) await page.screenshot({ path: path.join(outDir, 'web-quiz-feedback.png') });
    await press(page, 'Enter');  // next / see results
  }
  s = await state(page);
  assert.equal(s.screen, 'results');
  assert.equal(s.result.total, count);
  // Which answers are right depends on the seeded draw; the XP must add up either way.
  assert.equal(s.xp, xpAfterLesson + s.result.xp, `XP ${s.xp} after the quiz, ${xpAfterLesson} before`);
  await page.screenshot({ path: path.join(outDir, 'web-results.png') });
  const before = { xp: s.xp, badges: s.badges, lessonsRead: s.lessonsRead };

  // IndexedDB keeps the profile: a reload lands on the picker with it.
  await page.waitForTimeout(500);  // the syncfs after the last save
  await page.reload();
  await page.waitForFunction(() => window.warmlineFirstFrameMs !== undefined && Module.warmlineState().storageReady,
    null, { timeout: 60000 });
  assert.equal((await state(page)).profiles, 1);
  await press(page, 'Enter');  // Start learning
  await press(page, 'Enter');  // Lea
  s = await state(page);
  assert.equal(s.screen, 'home');
  assert.equal(s.profile, 'Lea');
  assert.deepEqual({ xp: s.xp, badges: s.badges, lessonsRead: s.lessonsRead }, before);
  await page.screenshot({ path: path.join(outDir, 'web-home-after-reload.png') });

  // Moving to another device: My progress -> "Move my progress" downloads a
  // file; a browser with no profiles imports it through the file chooser.
  await press(page, 'ArrowUp');
  assert.equal((await state(page)).focusedItem, 'My progress');
  await press(page, 'Enter');
  assert.equal((await state(page)).screen, 'me');
  await press(page, 'ArrowUp');
  assert.equal((await state(page)).focusedItem, 'Move my progress to another device');
  const [download] = await Promise.all([page.waitForEvent('download'), press(page, 'Enter')]);
  const exported = path.join(outDir, 'web-exported.wlsave');
  await download.saveAs(exported);
  assert.deepEqual(errors, []);
  await context.close();

  const other = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const fresh = await other.newPage();
  const nextChooser = watchFileChoosers(fresh);
  await openApp(fresh);
  await fresh.waitForFunction(() => Module.warmlineState().storageReady, null, { timeout: 10000 });
  assert.equal((await state(fresh)).profiles, 0);
  await press(fresh, 'Enter');  // Start learning: the empty picker
  await press(fresh, 'ArrowDown');
  assert.equal((await state(fresh)).focusedItem, 'Bring my progress from another device');
  // The picker opens at once while the key press still counts as the
  // learner's action; on a slow frame the page asks for one click first.
  const chooser = await new Promise((resolve, reject) => {
    nextChooser().then(resolve, reject);
    press(fresh, 'Enter')
      .then(() => fresh.locator('#file-choose').waitFor({ state: 'visible', timeout: 30000 }))
      .then(async () => {
        console.log('# the file picker needed the page prompt');
        await fresh.screenshot({ path: path.join(outDir, 'web-import-prompt.png') });
        await fresh.locator('#file-choose').click();
      })
      .catch(() => { /* the picker opened directly: the prompt never shows */ });
  });
  await chooser.setFiles(exported);
  await fresh.waitForFunction(() => Module.warmlineState().screen === 'home', null, { timeout: 10000 });
  s = await state(fresh);
  assert.equal(s.profile, 'Lea');
  assert.deepEqual({ xp: s.xp, badges: s.badges, lessonsRead: s.lessonsRead }, before);
  await fresh.screenshot({ path: path.join(outDir, 'web-imported.png') });
  await other.close();
});

test('when a key press no longer counts as the learner\'s action, the page asks for one click to open the picker', async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const nextChooser = watchFileChoosers(page);
  // As if the frame that handled the key came too late for the browser.
  await page.addInitScript(() => Object.defineProperty(navigator.userActivation, 'isActive', { get: () => false }));
  const { errors } = await openApp(page);
  await page.waitForFunction(() => Module.warmlineState().storageReady, null, { timeout: 10000 });
  await press(page, 'Enter');
  await press(page, 'ArrowDown');
  assert.equal((await state(page)).focusedItem, 'Bring my progress from another device');
  await press(page, 'Enter');
  await page.locator('#file-choose').waitFor({ state: 'visible', timeout: 10000 });
  assert.equal(await page.evaluate(() => document.activeElement.id), 'file-choose');
  await page.screenshot({ path: path.join(outDir, 'web-import-prompt.png') });
  // Cancel goes back to the course with the keyboard focus on it.
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  assert.equal(await page.locator('#file-panel').isHidden(), true);
  assert.equal(await page.evaluate(() => document.activeElement.id), 'canvas');
  await press(page, 'Enter');
  // Told apart from a picker that never opens (one CI run timed out below
  // without saying which).
  const asked = await page.locator('#file-choose').waitFor({ state: 'visible', timeout: 10000 }).then(() => true, () => false);
  assert.ok(asked, `Enter on the course did not ask again: ${JSON.stringify(await state(page))}`);
  const [chooser] = await Promise.all([nextChooser(), page.locator('#file-choose').click()]);
  assert.equal(await chooser.element().getAttribute('accept'), '.wlsave');
  await chooser.setFiles(path.join(root, 'tests/e2e/package.json'));  // not a progress file
  await page.waitForFunction(() => /^This file cannot be imported: .*nothing was changed\.$/.test(Module.warmlineState().profileMessage),
    null, { timeout: 10000 });
  console.log(`# import of a wrong file says: ${(await state(page)).profileMessage}`);
  assert.equal((await state(page)).profiles, 0);
  await page.screenshot({ path: path.join(outDir, 'web-import-wrong-file.png') });
  assert.deepEqual(errors, []);
  await context.close();
});

// A trainer's pack, built with the native pack tool; a copy with one byte
// changed is what a broken download looks like.
function buildPacks() {
  const tool = process.env.WARMLINE_PACK_TOOL || path.join(root, 'build/native/warmline-pack');
  const good = path.join(outDir, 'team-basics.wlpack');
  const built = spawnSync(tool, ['build', path.join(root, 'tests/packs/team'), '-o', good], { encoding: 'utf8' });
  assert.equal(built.status, 0, built.stderr);
  const bytes = readFileSync(good);
  bytes[bytes.length >> 1] ^= 1;
  const bad = path.join(outDir, 'bad.wlpack');
  writeFileSync(bad, bytes);
  // What the CLI says about the broken one, run where the browser only
  // knows the file's name.
  const cli = spawnSync(tool, ['validate', 'bad.wlpack'], { cwd: outDir, encoding: 'utf8' });
  assert.equal(cli.status, 1);
  const cliErrors = cli.stderr.split('\n').filter((l) => l.startsWith('bad.wlpack:'));
  return { good, bad, cliErrors };
}

// Moves keyboard focus down to the item labelled `label`.
async function focusOn(page, label) {
  for (let i = 0; i < 12 && (await state(page)).focusedItem !== label; i++) await press(page, 'ArrowDown');
  assert.equal((await state(page)).focusedItem, label);
}

// Opens the file picker with Enter on the focused button, through the
// page's one-click prompt when the key press came too late to count.
async function chooseWith(page, nextChooser, file) {
  const chooser = await new Promise((resolve, reject) => {
    nextChooser().then(resolve, reject);
    press(page, 'Enter')
      .then(() => page.locator('#file-choose').waitFor({ state: 'visible', timeout: 30000 }))
      .then(() => page.locator('#file-choose').click())
      .catch(() => { /* the picker opened directly */ });
  });
  assert.equal(await chooser.element().getAttribute('accept'), '.wlpack');
  await chooser.setFiles(file);
}

test('a trainer uploads a course pack: a good one is installed and kept, a broken one is refused with the CLI\'s message', async () => {
  const { good, bad, cliErrors } = buildPacks();
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const nextChooser = watchFileChoosers(page);
  const { errors } = await openApp(page);
  await page.waitForFunction(() => Module.warmlineState().storageReady, null, { timeout: 10000 });
  const builtIn = (await state(page)).course;
  await press(page, 'ArrowDown');
  await press(page, 'ArrowDown');
  assert.equal((await state(page)).focusedItem, 'Course packs');
  await press(page, 'Enter');
  let s = await state(page);
  assert.equal(s.screen, 'packs');
  assert.deepEqual(s.packs, []);
  await press(page, 'ArrowDown');
  assert.equal((await state(page)).focusedItem, 'Add a pack…');

  await chooseWith(page, nextChooser, good);
  await page.waitForFunction(() => Module.warmlineState().activePack === 'team-basics', null, { timeout: 10000 });
  s = await state(page);
  assert.equal(s.course, 'team-basics');
  assert.deepEqual(s.packs, ['team-basics@1.2.0']);
  assert.deepEqual(s.packProblems, []);
  assert.equal(s.packMessage, 'Installed “Team basics” 1.2.0. It is the course in use now.');
  await frames(page);
  await page.screenshot({ path: path.join(outDir, 'web-pack-installed.png') });

  await focusOn(page, 'Add a pack…');
  await chooseWith(page, nextChooser, bad);
  await page.waitForFunction(() => Module.warmlineState().packProblems.length > 0, null, { timeout: 10000 });
  s = await state(page);
  console.log(`# a broken pack: ${s.packProblems.join(' | ')}`);
  assert.ok(cliErrors.length > 0);
  assert.deepEqual(s.packProblems, cliErrors);
  assert.equal(s.packMessage, 'Could not install bad.wlpack. Nothing was changed.');
  assert.equal(s.activePack, 'team-basics');
  assert.deepEqual(s.packs, ['team-basics@1.2.0']);
  await page.screenshot({ path: path.join(outDir, 'web-pack-refused.png') });

  // Dropped on the page: the same pack again changes nothing.
  await page.evaluate((bytes) => {
    const transfer = new DataTransfer();
    transfer.items.add(new File([new Uint8Array(bytes)], 'team-basics.wlpack'));
    window.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, cancelable: true }));
  }, [...readFileSync(good)]);
  await page.waitForFunction(() => /already installed/.test(Module.warmlineState().packMessage), null, { timeout: 10000 });

  // Kept in IndexedDB: after a reload the pack is still the course in use.
  await page.reload();
  await page.waitForFunction(() => window.warmlineFirstFrameMs !== undefined, null, { timeout: 60000 });
  await page.waitForFunction(() => Module.warmlineState().course === 'team-basics', null, { timeout: 10000 });
  assert.equal((await state(page)).activePack, 'team-basics');
  assert.notEqual(builtIn, 'team-basics');
  assert.deepEqual(errors, []);
  await context.close();
});

test('the mini-games: the breathing pacer and the rephrasing rounds', async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const { errors } = await openApp(page);
  await page.waitForFunction(() => Module.warmlineState().storageReady, null, { timeout: 10000 });
  await press(page, 'Enter');  // Start learning
  await press(page, 'Enter');  // I'm new here
  await page.keyboard.type('Kim');
  await press(page, 'Enter');
  const openSkill = async (title) => {
    for (let i = 0; i < 20 && (await state(page)).focusedItem !== title; i++) await press(page, 'ArrowDown');
    assert.equal((await state(page)).focusedItem, title);
    await press(page, 'Enter');
  };
  const focusRow = async (prefix) => {
    for (let i = 0; i < 12 && !(await state(page)).focusedItem.startsWith(prefix); i++) await press(page, 'ArrowDown');
    assert.ok((await state(page)).focusedItem.startsWith(prefix), `no row starting "${prefix}"`);
  };

  await openSkill('Patience');
  await focusRow('Breathing: ');
  await press(page, 'Enter');
  assert.equal((await state(page)).screen, 'breathing');
  // How calm before: up to the rating row, along to 3.
  await press(page, 'ArrowUp');
  for (let i = 0; i < 4; i++) await press(page, 'ArrowLeft');
  await press(page, 'ArrowRight');
  await press(page, 'ArrowRight');
  assert.equal((await state(page)).focusedItem, 'Calm before 3 of 5');
  await press(page, 'Enter');
  assert.equal((await state(page)).calm.before, 3);
  assert.equal((await state(page)).breathingTone, 'on', 'the web build plays the tone unless the learner turns it off');
  await page.screenshot({ path: path.join(outDir, 'web-breathing-ready.png') });
  await press(page, 'ArrowDown');
  assert.equal((await state(page)).focusedItem, 'Start');
  await press(page, 'Enter');  // Start
  await page.waitForFunction(() => Module.warmlineState().breathingPhase === 'Breathe in' &&
    Module.warmlineState().breathingSize > 0.3, null, { timeout: 10000 });
  await page.screenshot({ path: path.join(outDir, 'web-breathing-inhale.png') });
  // The phase cues play through the page's Web Audio context (platform/tone_output_web.cpp), opened by
  // Start, one buffer source per phase.
  await page.waitForFunction(() => Module.warmlineTone && Module.warmlineTone.context.state === 'running',
    null, { timeout: 5000 });
  await page.waitForFunction(() => Module.warmlineState().breathingPhase === 'Breathe out' &&
    Module.warmlineState().breathingSize < 0.7, null, { timeout: 20000 });
  assert.ok(await page.evaluate(() => Module.warmlineTone.played) >= 2, 'a cue for breathing in and one for out');
  await page.screenshot({ path: path.join(outDir, 'web-breathing-exhale.png') });
  await press(page, 'Escape');
  await press(page, 'Escape');
  assert.equal((await state(page)).screen, 'home');

  await openSkill('Positive attitude');
  await focusRow('Rephrasing game');
  await press(page, 'Enter');
  let s = await state(page);
  assert.equal(s.screen, 'rephrase');
  assert.equal(s.rephrase.type, 'pick');
  await page.screenshot({ path: path.join(outDir, 'web-rephrase-pick.png') });
  await press(page, 'Enter');
  assert.equal((await state(page)).rephrase.settled, true);
  await press(page, 'Enter');  // next round
  s = await state(page);
  assert.equal(s.rephrase.type, 'build');
  // Drag a tile into the line, back out, in again, and a second in front of it.
  const tiles = s.rephrase.tiles;
  assert.ok(tiles.length >= 3 && tiles.every((t) => !t.placed), JSON.stringify(tiles));
  const lineSpot = [tiles[0].x + 200, tiles[0].y - 40];  // the empty line's panel, above the tiles
  const [first, second] = [tiles[tiles.length - 1], tiles[0]];
  await drag(page, centre(first), lineSpot);
  s = await state(page);
  assert.equal(s.rephrase.built, first.text, 'dragged into the line');
  const placed = s.rephrase.tiles.find((t) => t.placed);
  await drag(page, centre(placed), centre(s.rephrase.tiles.find((t) => !t.placed)));
  assert.equal((await state(page)).rephrase.built, '', 'dragged back to the pool');
  await drag(page, centre((await state(page)).rephrase.tiles.find((t) => t.text === first.text)), lineSpot);
  s = await state(page);
  await drag(page, centre(s.rephrase.tiles.find((t) => t.text === second.text)), centre(s.rephrase.tiles.find((t) => t.placed)));
  assert.equal((await state(page)).rephrase.built, `${second.text} ${first.text}`, 'dropped in front of the placed tile');
  await page.screenshot({ path: path.join(outDir, 'web-rephrase-build-dragged.png') });
  // Tapping a tile in the line sends it back.
  s = await state(page);
  const back = s.rephrase.tiles.find((t) => t.placed && t.text === second.text);
  await page.mouse.click(...centre(back));
  await frames(page);
  assert.equal((await state(page)).rephrase.built, first.text, 'a tapped line tile goes back');
  for (let i = 0; i < 10 && !(await state(page)).rephrase.settled; i++) {
    await press(page, 'Enter');  // place the first tile left
    if (i === 1) await page.screenshot({ path: path.join(outDir, 'web-rephrase-build.png') });
  }
  assert.equal((await state(page)).rephrase.settled, true);
  await press(page, 'Enter');
  assert.equal((await state(page)).rephrase.type, 'write');
  await page.keyboard.type("I understand, and I can sort this out for you right away. I'll email you today.");
  await page.screenshot({ path: path.join(outDir, 'web-rephrase-write.png') });
  await press(page, 'Enter');
  s = await state(page);
  assert.equal(s.rephrase.settled, true);
  assert.ok(s.rephrase.score >= 70, `score ${s.rephrase.score}`);
  await page.screenshot({ path: path.join(outDir, 'web-rephrase-write-scored.png') });
  assert.deepEqual(errors, []);
  await context.close();
});

test('an idle page draws no frames', async () => {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await openApp(page);
  await page.waitForTimeout(500);
  const before = (await state(page)).framesDrawn;
  await page.waitForTimeout(1500);
  const after = (await state(page)).framesDrawn;
  assert.equal(after, before, `drew ${after - before} frames while idle`);
  await page.close();
});

test('the canvas follows the window and the device pixel ratio', async () => {
  const context = await browser.newContext({ viewport: { width: 800, height: 600 }, deviceScaleFactor: 2 });
  const page = await context.newPage();
  await openApp(page);
  let s = await state(page);
  assert.equal(s.window.width, 800);
  assert.equal(s.window.dpiScale, 2);
  const backing = await page.evaluate(() => [Module.canvas.width, Module.canvas.height]);
  assert.deepEqual(backing, [1600, 1200]);
  await page.setViewportSize({ width: 1000, height: 700 });
  await page.waitForTimeout(300);
  s = await state(page);
  assert.equal(s.window.width, 1000);
  assert.equal(s.window.height, 700);
  await page.screenshot({ path: path.join(outDir, 'web-welcome-hidpi.png') });
  await context.close();
});

test('a browser without WebGL 2 gets a readable explanation', async () => {
  const page = await browser.newPage();
  await page.addInitScript(() => {
    const real = HTMLCanvasElement.prototype.getContext;
    HTMLCanvasElement.prototype.getContext = function (kind, ...rest) {
      return kind === 'webgl2' ? null : real.call(this, kind, ...rest);
    };
  });
  await page.goto(url);
  await page.waitForSelector('#error-panel:not([hidden])');
  assert.match(await page.textContent('#error-help'), /WebGL 2/);
  // The engine's own context failed: its reason is shown under the advice.
  assert.match(await page.textContent('#error-detail'), /could not start WebGL 2/);
  await page.screenshot({ path: path.join(outDir, 'web-no-webgl2.png') });
  await page.close();
  // A browser without the API at all is told at once; the engine never starts.
  const bare = await browser.newPage();
  await bare.addInitScript(() => { delete window.WebGL2RenderingContext; });
  await bare.goto(url);
  await bare.waitForSelector('#error-panel:not([hidden])');
  assert.match(await bare.textContent('#error-help'), /WebGL 2/);
  assert.equal(await bare.evaluate(() => typeof Module === 'undefined' || !Module.calledRun), true);
  await bare.close();
});

test('a slow download shows the loading card with its progress, then the course', async () => {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  // The wasm arrives 2.5 s late: long past the 0.7 s after which the card shows.
  await page.route('**/warmline.wasm', async (route) => {
    await new Promise((r) => setTimeout(r, 2500));
    await route.continue();
  });
  await page.goto(url);
  await page.waitForSelector('#loading-panel:not([hidden])', { timeout: 2400 });
  assert.match(await page.textContent('#loading-detail'), /MB/);
  await page.screenshot({ path: path.join(outDir, 'web-loading.png') });
  await page.waitForFunction(() => window.warmlineFirstFrameMs !== undefined, null, { timeout: 60000 });
  assert.ok(await page.evaluate(() => window.warmlineFirstFrameMs) > 2500);
  assert.equal(await page.locator('#loading-panel').isHidden(), true);
  await page.close();
});

test('a missing file shows the load error, not a blank page', async () => {
  for (const file of ['warmline.wasm', 'warmline.data']) {
    const page = await browser.newPage();
    const uncaught = [];
    page.on('pageerror', (e) => uncaught.push(String(e)));
    await page.route(`**/${file}`, (route) => route.fulfill({ status: 404, body: 'gone' }));
    await page.goto(url);
    await page.waitForSelector('#error-panel:not([hidden])');
    assert.match(await page.textContent('#error-help'), /Check the connection/);
    assert.match(await page.textContent('#error-detail'), new RegExp(`${file.replace('.', '\\.')}.*404`));
    await page.waitForTimeout(200);
    assert.deepEqual(uncaught, [], `${file}: the failure is reported once, on the page`);
    await page.close();
  }
});

test('a pack named in the address that is not a pack file name, or is missing, gets the load error', async () => {
  const page = await browser.newPage();
  await page.goto(new URL('index.html?pack=../secret.txt', url).href);
  await page.waitForSelector('#error-panel:not([hidden])');
  assert.match(await page.textContent('#error-help'), /names a course pack Warmline cannot use/);
  assert.match(await page.textContent('#error-detail'), /pack=\.\.\/secret\.txt: expected the file name of a \.wlpack/);
  assert.equal(await page.evaluate(() => typeof Module === 'undefined' || !Module.calledRun), true);
  await page.goto(new URL('index.html?pack=nowhere.wlpack', url).href);
  await page.waitForSelector('#error-panel:not([hidden])');
  assert.match(await page.textContent('#error-detail'), /nowhere\.wlpack.*404/);
  await page.close();
});
