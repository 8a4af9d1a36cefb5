// Web figures in headless Chromium (SwiftShader WebGL 2, the e2e test's flags):
// for each app, RUNS cold loads, each in a fresh browser context (empty cache,
// empty IndexedDB), served by tools/serve.py on localhost. The apps are loaded
// alternately (warmline, reference, warmline, ...) so drift hits both alike.
// Prints one JSON object a line per figure.
//   node tools/bench/web_bench.mjs RUNS warmline=DIR reference=DIR
//
// Times are performance.now() in the page: milliseconds since navigation start.
//   first_frame  the end of the first requestAnimationFrame callback that drew
//                (issued a WebGL draw call), caught alike for both apps by an
//                init script that wraps requestAnimationFrame and the draw
//                calls. Emscripten's main loop runs on rAF; callbacks that draw
//                nothing (Playwright's own polling runs on the page's rAF too)
//                do not count.
//   interactive  warmline: the first rAF tick at which Module.warmlineState()
//                answers with the course loaded (modules > 0), the welcome
//                screen up and at least 3 frames drawn (ImGui's layout settled;
//                input is handled from then on);
//                reference: the end of its 3rd drawn frame (the same 3-frame
//                settle; ImGui handles input from its first frame).
//   heap         Module.HEAP8.length (the wasm memory) once interactive.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const { chromium } = createRequire(path.join(root, 'tests/e2e/package.json'))('playwright-core');
const runs = Number(process.argv[2] || 10);
const apps = process.argv.slice(3).map((a) => { const [name, dir] = a.split('='); return { name, dir }; });

const wrapRaf = () => {
  window.__benchDrawn = [];
  let drew = false;
  for (const proto of [WebGL2RenderingContext.prototype, WebGLRenderingContext.prototype]) {
    for (const name of ['drawElements', 'drawArrays']) {
      const draw = proto[name];
      proto[name] = function (...args) { drew = true; return draw.apply(this, args); };
    }
  }
  const raf = window.requestAnimationFrame.bind(window);
  window.requestAnimationFrame = (cb) => raf((t) => {
    drew = false;
    cb(t);
    if (drew && window.__benchDrawn.length < 10) window.__benchDrawn.push(performance.now());
  });
};

async function startServer(dir, port) {
  const server = spawn('python3', [path.join(root, 'tools/serve.py'), dir, '--port', String(port), '--quiet']);
  for (let i = 0; i < 100; i++) {
    try { if ((await fetch(`http://127.0.0.1:${port}/`)).ok) return server; } catch { /* starting */ }
    await new Promise((r) => setTimeout(r, 100));
  }
  server.kill();
  throw new Error(`server for ${dir} did not start`);
}

async function loadOnce(browser, app) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.addInitScript(wrapRaf);
  await page.goto(app.url);
  // Polled on a timer, not on rAF, so the polling adds no frames of its own.
  await page.waitForFunction(() => window.__benchDrawn.length >= 1, null, { timeout: 60000, polling: 5 });
  const first = await page.evaluate(() => window.__benchDrawn[0]);
  let interactive;
  if (app.name === 'warmline') {
    const handle = await page.waitForFunction(() => {
      try {
        const s = Module.warmlineState();
        return s.modules > 0 && ['welcome', 'home', 'profiles'].includes(s.screen) && s.framesDrawn >= 3
          && performance.now();
      } catch { return false; }
    }, null, { timeout: 60000, polling: 'raf' });
    interactive = await handle.jsonValue();
  } else {
    await page.waitForFunction(() => window.__benchDrawn.length >= 3, null, { timeout: 60000, polling: 5 });
    interactive = await page.evaluate(() => window.__benchDrawn[2]);
  }
  const heap = await page.evaluate(() => (typeof Module !== 'undefined' && Module.HEAP8 ? Module.HEAP8.length
    : (typeof wasmMemory !== 'undefined' ? wasmMemory.buffer.byteLength : -1)));
  await context.close();
  if (errors.length) console.error(`${app.name}: page errors: ${errors.join('; ')}`);
  return { first, interactive, heap };
}

const median = (v) => { const s = [...v].sort((a, b) => a - b); const n = s.length;
  return n % 2 ? s[n >> 1] : (s[n / 2 - 1] + s[n / 2]) / 2; };
const emit = (o) => console.log(JSON.stringify(o));

const servers = [];
try {
  let port = 19100 + (process.pid % 500) * 2;
  for (const app of apps) {
    servers.push(await startServer(app.dir, port));
    app.url = `http://127.0.0.1:${port}/`;
    app.samples = [];
    port++;
  }
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--use-angle=swiftshader', '--enable-unsafe-swiftshader', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'] });
  // One warm-up load each (not counted): Chromium's own first-use costs
  // (shader compiler, SwiftShader JIT) should not land on whichever app goes first.
  for (const app of apps) await loadOnce(browser, app);
  for (let i = 0; i < runs; i++) {
    for (const app of apps) app.samples.push(await loadOnce(browser, app));
  }
  await browser.close();
  for (const app of apps) {
    for (const key of ['first', 'interactive']) {
      const v = app.samples.map((s) => s[key]);
      const name = key === 'first' ? 'web.first_frame' : 'web.interactive';
      emit({ figure: name, app: app.name, value: Math.round(median(v)), unit: 'ms',
        min: Math.round(Math.min(...v)), max: Math.round(Math.max(...v)), n: v.length });
    }
    const heaps = app.samples.map((s) => s.heap);
    emit({ figure: 'mem.wasm_heap', app: app.name, value: +(Math.max(...heaps) / 1048576).toFixed(1), unit: 'MiB',
      min: +(Math.min(...heaps) / 1048576).toFixed(1), max: +(Math.max(...heaps) / 1048576).toFixed(1), n: heaps.length });
  }
} finally {
  for (const s of servers) s.kill();
}
