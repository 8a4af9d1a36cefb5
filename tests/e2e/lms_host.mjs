// A stand-in LMS for browser tests: a host page that owns a scorm-again
// runtime (window.API for SCORM 1.2, window.API_1484_11 for SCORM 2004)
// and launches a SCO in an iframe, the way an LMS player does.
//
//   const host = await startLmsHost({ browser, packageDir, version: '2004',
//                                     learner: { id: 'u-1', name: 'Doe, Jane' } });
//   await host.waitForCall('Commit');
//   const cmi = await host.cmi();          // { cmi: { ... } } as scorm-again holds it
//   await host.close();
//
// Every API call the SCO makes is recorded in the host page's window.lmsLog
// (see wrapApi in HOST_SCRIPT) with its return value and error code.
import { spawn, execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../..');
const require = createRequire(import.meta.url);
// The IIFE browser bundles (they assign this.Scorm12API / this.Scorm2004API).
const distDir = path.dirname(require.resolve('scorm-again/scorm12'));

// Everything that differs between SCORM 1.2 and SCORM 2004, in one place.
// `methods` maps a version-neutral call name to the API's own method name;
// `el` maps a role to the cmi element that plays it; `firstLaunch` is what
// the LMS sets before the first launch of an attempt.
export const SCORM = {
  '1.2': {
    bundle: 'scorm12.js', ctor: 'Scorm12API', apiName: 'API', lms: 'scorm12',
    methods: {
      Initialize: 'LMSInitialize', Terminate: 'LMSFinish', GetValue: 'LMSGetValue', SetValue: 'LMSSetValue',
      Commit: 'LMSCommit', GetLastError: 'LMSGetLastError', GetErrorString: 'LMSGetErrorString', GetDiagnostic: 'LMSGetDiagnostic',
    },
    el: {
      learnerId: 'cmi.core.student_id', learnerName: 'cmi.core.student_name', entry: 'cmi.core.entry',
      exit: 'cmi.core.exit', sessionTime: 'cmi.core.session_time', totalTime: 'cmi.core.total_time',
      location: 'cmi.core.lesson_location', suspendData: 'cmi.suspend_data', credit: 'cmi.core.credit', mode: 'cmi.core.lesson_mode',
    },
    firstLaunch: { 'cmi.core.entry': 'ab-initio', 'cmi.core.credit': 'credit', 'cmi.core.lesson_mode': 'normal' },
  },
  '2004': {
    bundle: 'scorm2004.js', ctor: 'Scorm2004API', apiName: 'API_1484_11', lms: 'scorm2004',
    methods: {
      Initialize: 'Initialize', Terminate: 'Terminate', GetValue: 'GetValue', SetValue: 'SetValue',
      Commit: 'Commit', GetLastError: 'GetLastError', GetErrorString: 'GetErrorString', GetDiagnostic: 'GetDiagnostic',
    },
    el: {
      learnerId: 'cmi.learner_id', learnerName: 'cmi.learner_name', entry: 'cmi.entry',
      exit: 'cmi.exit', sessionTime: 'cmi.session_time', totalTime: 'cmi.total_time',
      location: 'cmi.location', suspendData: 'cmi.suspend_data', credit: 'cmi.credit', mode: 'cmi.mode',
    },
    firstLaunch: { 'cmi.entry': 'ab-initio', 'cmi.credit': 'credit', 'cmi.mode': 'normal' },
  },
};

export const scormBundlePath = (version) => path.join(distDir, spec(version).bundle);

function spec(version) {
  const s = SCORM[String(version)];
  if (!s) throw new Error(`unknown SCORM version ${version} (use '1.2' or '2004')`);
  return s;
}

// {cmi: {core: {score: {raw: '80'}}}} -> {'cmi.core.score.raw': '80'}.
// Objects that are already flat ('cmi.x' keys) pass through.
export function flattenCmi(obj, prefix = '') {
  const out = {};
  for (const [k, v] of Object.entries(obj ?? {})) {
    const key = prefix ? `${prefix}.${k}` : k;
    if (v !== null && typeof v === 'object') Object.assign(out, flattenCmi(v, key));
    else out[key] = v;
  }
  return out;
}

// Unpacks a ZIP with Python's zipfile (no extra npm dependency).
export async function unzipPackage(zipPath, destDir) {
  await promisify(execFile)('python3', ['-m', 'zipfile', '-e', zipPath, destDir]);
  return destDir;
}

const unescapeXml = (s) => s.replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

// The first SCO resource of an imsmanifest.xml: { href, version, identifier }.
// version is '1.2' or '2004' from <schemaversion>, or '' if there is none.
export function readManifest(packageDir) {
  const xml = readFileSync(path.join(packageDir, 'imsmanifest.xml'), 'utf8');
  const resources = [...xml.matchAll(/<resource\b[^>]*>/g)].map((m) => m[0]);
  const sco = resources.find((r) => /scormtype\s*=\s*"sco"/i.test(r)) ?? resources[0];
  const attr = (tag, name) => tag?.match(new RegExp(`\\b${name}\\s*=\\s*"([^"]*)"`))?.[1];
  const schemaversion = xml.match(/<schemaversion>\s*([^<]*?)\s*<\/schemaversion>/)?.[1] ?? '';
  const version = schemaversion.startsWith('1.2') ? '1.2' : /2004|CAM 1\.3/.test(schemaversion) ? '2004' : '';
  const href = attr(sco, 'href');
  return { href: href === undefined ? undefined : unescapeXml(href), version, identifier: attr(sco, 'identifier') };
}

// What an LMS hands back on a relaunch, from the cmi a previous session left
// (nested as cmi() returns it, or flattened). It keeps the learner's data,
// drops what the LMS owns or what only describes the last session, sets
// entry to 'resume' when the last exit was 'suspend' (else ''), and leaves
// total_time accumulation to the host page (it needs scorm-again's clock
// arithmetic; see HOST_SCRIPT).
export function relaunchData(savedCmi, version) {
  const s = spec(version);
  const flat = flattenCmi(savedCmi);
  const out = {};
  const drop = new Set([s.el.learnerId, s.el.learnerName, s.el.entry, s.el.exit, s.el.sessionTime, s.el.totalTime]);
  for (const [k, v] of Object.entries(flat)) {
    if (!k.startsWith('cmi.') || drop.has(k) || v === '' || v === undefined || /\._(children|count|version)$/.test(k)) continue;
    out[k] = String(v);
  }
  out[s.el.entry] = flat[s.el.exit] === 'suspend' ? 'resume' : '';
  return { values: out, totalTime: flat[s.el.totalTime] ?? '', sessionTime: flat[s.el.sessionTime] ?? '' };
}

// Runs in the host page, before the SCO's iframe is added. `C` is the
// configuration written by startLmsHost.
const HOST_SCRIPT = String.raw`
(function (C) {
  var Ctor = window[C.ctor];
  var api = new Ctor(C.settings);
  window.lmsLog = [];
  window.lmsErrors = [];

  // Preload: learner, LMS-owned fields, then (relaunch) the saved data.
  var initial = Object.assign({}, C.firstLaunch, C.saved ? C.saved.values : {});
  initial[C.el.learnerId] = C.learner.id;
  initial[C.el.learnerName] = C.learner.name;
  if (C.saved && (C.saved.totalTime || C.saved.sessionTime)) {
    // total_time = last total + last session, with scorm-again's own
    // arithmetic (1.2's cmi JSON has no total_time at all: only a
    // terminate commit carries it).
    var scratch = new Ctor(C.settings);
    var t = {};
    if (C.saved.totalTime) t[C.el.totalTime] = C.saved.totalTime;
    if (C.saved.sessionTime) t[C.el.sessionTime] = C.saved.sessionTime;
    scratch.loadFromFlattenedJSON(t);
    initial[C.el.totalTime] = scratch.cmi.getCurrentTotalTime();
  }
  Object.assign(initial, C.extra || {});
  Object.keys(initial).forEach(function (k) {
    // One element at a time so a refused value is reported, not lost.
    var one = {}; one[k] = initial[k];
    try { api.loadFromFlattenedJSON(one); } catch (e) { window.lmsErrors.push('preload ' + k + ': ' + e); }
    var now;
    try { now = api.getCMIValue(k); } catch (e) { return; } // write-only: cannot read back
    if (String(now) !== String(initial[k])) window.lmsErrors.push('preload ' + k + ' = ' + JSON.stringify(initial[k]) + ' did not stick (' + JSON.stringify(now) + ')');
  });
  window.lmsPreloaded = initial;

  // Record every call: scorm-again's events (api.on) carry neither the
  // return value nor the error code, so wrap the methods themselves.
  var lastError = api[C.methods.GetLastError];
  Object.keys(C.methods).forEach(function (call) {
    var name = C.methods[call];
    var orig = api[name];
    api[name] = function () {
      var args = Array.prototype.slice.call(arguments);
      var result = orig.apply(api, args);
      var entry = { call: call, method: name, args: args, result: result, error: String(lastError.call(api)), t: Math.round(performance.now()) };
      if (call === 'GetValue' || call === 'SetValue') entry.element = args[0];
      if (call === 'SetValue') entry.value = args[1];
      if (call === 'Commit' || call === 'Terminate') {
        entry.cmi = api.getFlattenedCMI();
        entry.totalTime = api.cmi.getCurrentTotalTime();
      }
      window.lmsLog.push(entry);
      return result;
    };
  });
  window[C.apiName] = api;

  var frame = document.createElement('iframe');
  frame.id = 'sco';
  frame.name = 'sco';
  frame.title = 'Course';
  frame.allow = 'fullscreen; autoplay';
  frame.src = C.launch;
  document.body.appendChild(frame);
})(window.lmsConfig);
`;

function hostHtml(config, bundleFile) {
  // JSON inside <script>: keep "</script>" and U+2028/9 from ending it early.
  const json = JSON.stringify(config).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Test LMS</title><link rel="icon" href="data:,">
<style>html,body{margin:0;padding:0;width:100%;height:100%;overflow:hidden}
#sco{position:fixed;inset:0;border:0;width:100%;height:100%;display:block}</style>
<script src="${bundleFile}"></script>
</head><body>
<script>window.lmsConfig = ${json};</script>
<script>${HOST_SCRIPT}</script>
</body></html>
`;
}

function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

async function waitForUrl(url, server) {
  for (let i = 0; i < 100; i++) {
    if (server.exitCode !== null) throw new Error(`serve.py exited with ${server.exitCode}`);
    try { if ((await fetch(url)).ok) return; } catch { /* not up yet */ }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`server on ${url} did not start`);
}

/**
 * Launches a SCO the way an LMS does and returns handles to inspect it.
 *
 * browser | context  playwright Browser (a new page, own context) or BrowserContext
 * packageDir         unzipped SCORM package (or any directory with the SCO)
 * version            '1.2' | '2004'
 * launch             path inside packageDir with query; default: the manifest's
 *                    SCO href if imsmanifest.xml exists, else
 *                    `index.html?lms=scorm12|scorm2004&pack=course.wlpack`
 * learner            { id, name } (name in SCORM's "Family, Given" style)
 * savedCmi           cmi left by a previous session (cmi() of that session) =>
 *                    relaunch: data restored, entry 'resume' if exit was 'suspend'
 * extraCmi           flat { 'cmi.x': value } preloaded last (e.g. mastery_score)
 * settings           extra scorm-again settings
 * viewport           default 1280x800
 */
export async function startLmsHost({
  browser, context, packageDir, version = '2004', launch, learner = { id: 'learner-1', name: 'Learner, Test' },
  savedCmi, extraCmi, settings = {}, viewport = { width: 1280, height: 800 },
}) {
  const s = spec(version);
  packageDir = path.resolve(packageDir);
  if (!existsSync(packageDir)) throw new Error(`no package directory ${packageDir}`);
  if (launch === undefined) {
    const manifest = existsSync(path.join(packageDir, 'imsmanifest.xml')) ? readManifest(packageDir) : null;
    launch = manifest?.href ?? `index.html?lms=${s.lms}&pack=course.wlpack`;
  }
  const serveDir = mkdtempSync(path.join(os.tmpdir(), 'warmline-lms-'));
  copyFileSync(scormBundlePath(version), path.join(serveDir, s.bundle));
  symlinkSync(packageDir, path.join(serveDir, 'pkg'), 'dir');
  const config = {
    ctor: s.ctor, apiName: s.apiName, methods: s.methods, el: s.el, firstLaunch: s.firstLaunch,
    // No lmsCommitUrl: commits succeed locally and nothing leaves the page.
    settings: { autocommit: false, logLevel: 5, ...settings },
    learner, saved: savedCmi ? relaunchData(savedCmi, version) : null, extra: extraCmi ?? null,
    launch: `pkg/${launch.replace(/^\/+/, '')}`,
  };
  writeFileSync(path.join(serveDir, 'host.html'), hostHtml(config, s.bundle));

  const port = await freePort();
  const server = spawn('python3', [path.join(root, 'tools/serve.py'), serveDir, '--port', String(port), '--quiet'],
    { stdio: ['ignore', 'ignore', 'inherit'] });
  const base = `http://127.0.0.1:${port}/`;
  let page;
  const cleanup = async () => {
    await page?.close().catch(() => {});
    if (server.exitCode === null) server.kill();
    rmSync(serveDir, { recursive: true, force: true });
  };
  try {
    await waitForUrl(base + 'host.html', server);
    page = context ? await context.newPage() : await browser.newPage({ viewport });
    if (context) await page.setViewportSize(viewport);
    const errors = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    page.on('console', (m) => { if (m.type() === 'error') errors.push(`${m.text()} (${m.location()?.url ?? ''})`); });
    await page.goto(base + 'host.html');
    const preloadErrors = await page.evaluate(() => window.lmsErrors);
    if (preloadErrors.length) throw new Error(`the LMS could not preload: ${preloadErrors.join('; ')}`);

    const log = () => page.evaluate(() => window.lmsLog);
    return {
      page,
      url: base,
      version: String(version),
      spec: s,
      errors,
      frame: () => page.frames().find((f) => f.parentFrame() === page.mainFrame() && f.name() === 'sco'),
      cmi: () => page.evaluate((n) => window[n].renderCMIToJSONObject(), s.apiName),
      flatCmi: () => page.evaluate((n) => window[n].getFlattenedCMI(), s.apiName),
      get: (element) => page.evaluate(([n, el]) => window[n].getCMIValue(el), [s.apiName, element]),
      state: () => page.evaluate((n) => (window[n].isTerminated() ? 'terminated' : window[n].isInitialized() ? 'initialized' : 'not initialized'), s.apiName),
      preloaded: () => page.evaluate(() => window.lmsPreloaded),
      log,
      calls: async (call) => (await log()).filter((e) => e.call === call),
      waitForCall: async (call, { element, timeout = 30000 } = {}) => {
        const h = await page.waitForFunction(([c, el]) => window.lmsLog.find((e) => e.call === c && (el === null || e.element === el)),
          [call, element ?? null], { timeout });
        return h.jsonValue();
      },
      // Navigates the SCO's iframe to about:blank, as an LMS closing the
      // SCO does: the SCO gets pagehide/unload (and should Terminate).
      unloadSco: () => page.evaluate(() => new Promise((done) => {
        const f = document.getElementById('sco');
        f.addEventListener('load', () => done(), { once: true });
        f.src = 'about:blank';
      })),
      close: cleanup,
    };
  } catch (e) {
    await cleanup();
    throw e;
  }
}
