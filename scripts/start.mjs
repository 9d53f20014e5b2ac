#!/usr/bin/env node
// `npm start`: builds the extension, serves the demo client portal (e2e/pages) and opens it in a
// Chromium with the extension loaded on a throwaway profile. Without a browser or a display it
// explains how to load the extension by hand and keeps serving the demo until Ctrl+C.
//
//   npm start                 build, serve, launch a browser
//   npm start -- --no-build   skip the build (use the dist-test/ you have)
//
// The browser loads the test build (dist-test/: the shipped extension plus the demo portal's
// content scripts on http://localhost, see manifest.test.json); dist/ is what ships.
//   npm start -- --no-serve   build and print the instructions, then exit (also the behaviour when CI is set)
//   npm start -- --port 8080  serve the demo on a fixed port (default: 5180, or a free one)
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const flag = (name) => args.includes(name);
const option = (name) => {
  const index = args.indexOf(name);
  return index >= 0 ? args[index + 1] : undefined;
};
const isWindows = process.platform === 'win32';
const npm = isWindows ? 'npm.cmd' : 'npm';
const inCi = Boolean(process.env.CI) && process.env.CI !== 'false';
const serve = !flag('--no-serve') && !inCi;

function runOrExit(command, commandArgs) {
  console.log(`> ${command} ${commandArgs.join(' ')}`);
  const result = spawnSync(command, commandArgs, { cwd: root, stdio: 'inherit', shell: isWindows });
  if (result.status !== 0) {
    console.error(`\n${command} ${commandArgs.join(' ')} failed.`);
    process.exit(result.status ?? 1);
  }
}

function findOnPath(names) {
  const directories = (process.env.PATH ?? '').split(delimiter).filter(Boolean);
  const extensions = isWindows ? ['.exe', '.cmd', ''] : [''];
  for (const name of names) {
    for (const directory of directories) {
      for (const extension of extensions) {
        const candidate = join(directory, name + extension);
        if (existsSync(candidate)) return candidate;
      }
    }
  }
  return undefined;
}

function findBrowser() {
  if (process.env.CHROMIUM_PATH) return existsSync(process.env.CHROMIUM_PATH) ? process.env.CHROMIUM_PATH : undefined;
  const knownPaths = {
    linux: ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/snap/bin/chromium'],
    darwin: [
      '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
      '/Applications/Chromium.app/Contents/MacOS/Chromium',
    ],
    win32: [
      join(process.env.PROGRAMFILES ?? 'C:\\Program Files', 'Google', 'Chrome', 'Application', 'chrome.exe'),
      join(process.env.LOCALAPPDATA ?? '', 'Google', 'Chrome', 'Application', 'chrome.exe'),
    ],
  };
  for (const candidate of knownPaths[process.platform] ?? []) if (existsSync(candidate)) return candidate;
  return findOnPath(['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable', 'chrome']);
}

function hasDisplay() {
  if (process.platform !== 'linux') return true;
  return Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
}

function printManualInstructions(demoUrl, reason) {
  const dist = join(root, 'dist-test');
  const distFirefox = join(root, 'dist-firefox-test');
  console.log(`
${reason}

Load the extension by hand:

  Chrome / Edge / Chromium
    1. Open chrome://extensions (edge://extensions in Edge).
    2. Turn on "Developer mode" (top right).
    3. Click "Load unpacked" and choose:
         ${dist}

  Firefox
    1. Run \`npm run build:firefox\`.
    2. Open about:debugging#/runtime/this-firefox.
    3. Click "Load Temporary Add-on..." and choose:
         ${join(distFirefox, 'manifest.json')}
${demoUrl ? `\nThen open the demo client portal: ${demoUrl}\n` : ''}`);
}

// 1. Dependencies and build.
if (!existsSync(join(root, 'node_modules'))) runOrExit(npm, ['install', '--no-audit', '--no-fund']);
if (!flag('--no-build')) runOrExit(npm, ['run', 'build']);
if (!existsSync(join(root, 'dist-test', 'manifest.json'))) {
  console.error('dist-test/manifest.json is missing: run `npm run build`.');
  process.exit(1);
}

if (!serve) {
  printManualInstructions(undefined, 'Built dist-test/ (not serving the demo: --no-serve or CI is set).');
  console.log(
    `To try the demo portal, run \`npm start\` and open the URL it prints (pages in ${join(root, 'e2e', 'pages')}).`,
  );
  process.exit(0);
}

// 2. Demo portal.
const { startStaticServer } = await import('../e2e/static-server.mjs');
const requestedPort = Number(option('--port') ?? process.env.PORT ?? 5180);
let server;
try {
  server = await startStaticServer({ port: requestedPort });
} catch {
  server = await startStaticServer({ port: 0 }); // the usual port is taken
}
const demoUrl = server.url('portal.html');
console.log(`\nDemo client portal: ${demoUrl}`);

// 3. Browser.
const browser = findBrowser();
let profile;
let child;

function shutDown() {
  if (child && child.exitCode === null) child.kill();
  void server.close();
  if (profile) rmSync(profile, { recursive: true, force: true });
  process.exit(0);
}
process.on('SIGINT', shutDown);
process.on('SIGTERM', shutDown);

if (!browser) {
  printManualInstructions(demoUrl, 'No Chrome or Chromium found (set CHROMIUM_PATH to use a specific one).');
} else if (!hasDisplay()) {
  printManualInstructions(demoUrl, 'No display ($DISPLAY / $WAYLAND_DISPLAY unset), so no browser window can open.');
} else {
  profile = mkdtempSync(join(tmpdir(), 'sms-check-demo-'));
  const dist = join(root, 'dist-test');
  child = spawn(
    browser,
    [
      `--user-data-dir=${profile}`,
      `--load-extension=${dist}`,
      `--disable-extensions-except=${dist}`,
      '--no-first-run',
      '--no-default-browser-check',
      demoUrl,
    ],
    { stdio: 'ignore' },
  );
  child.on('error', (error) => {
    printManualInstructions(demoUrl, `Could not start ${browser}: ${error.message}`);
  });
  child.on('exit', () => {
    console.log('Browser closed. Still serving the demo portal; press Ctrl+C to stop.');
  });
  console.log(`Opened ${browser} with the extension loaded (temporary profile ${profile}).`);
  if (/google[- ]chrome|chrome\.exe$/i.test(browser)) {
    // Branded Chrome 137+ ignores --load-extension; Chromium and Chrome for Testing still honour it.
    console.log(
      'If the extension is missing in Google Chrome, load dist-test/ by hand (chrome://extensions -> Load unpacked).',
    );
  }
}
console.log('Serving the demo portal until Ctrl+C.');
