// Time from navigation to the first drawn frame of the web build in headless
// Chromium (SwiftShader WebGL 2), median of RUNS fresh page loads.
// usage: node tools/bench/first_frame.mjs WEB_DIR [RUNS]
import { spawn } from 'node:child_process';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const { chromium } = createRequire(path.join(root, 'tests/e2e/package.json'))('playwright-core');
const webDir = process.argv[2];
const runs = Number(process.argv[3] || 5);
const port = 19000 + (process.pid % 1000);
const server = spawn('python3', [path.join(root, 'tools/serve.py'), webDir, '--port', String(port), '--quiet']);
try {
  for (let i = 0; i < 50; i++) {
    try { if ((await fetch(`http://127.0.0.1:${port}/`)).ok) break; } catch { /* starting */ }
    await new Promise((r) => setTimeout(r, 100));
  }
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--use-angle=swiftshader', '--enable-unsafe-swiftshader', '--no-first-run'] });
  const times = [];
  for (let i = 0; i < runs; i++) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await page.goto(`http://127.0.0.1:${port}/`);
    await page.waitForFunction(() => window.warmlineFirstFrameMs !== undefined, null, { timeout: 60000 });
    times.push(await page.evaluate(() => window.warmlineFirstFrameMs));
    await context.close();
  }
  await browser.close();
  times.sort((a, b) => a - b);
  console.log(`first frame after navigation: median ${times[runs >> 1].toFixed(0)} ms ` +
    `(min ${times[0].toFixed(0)}, max ${times[runs - 1].toFixed(0)}, ${runs} loads)`);
} finally {
  server.kill();
}
