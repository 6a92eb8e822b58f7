// `npm start`: the Electron window where the Electron binary exists, otherwise browser mode:
// the contract host on 127.0.0.1 plus the built renderer, opened as an app window in an
// installed Chromium/Chrome when there is a display.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { findElectronBinary } from './electron-binary.mjs';

const forceBrowser = process.env.LOKET_BROWSER_MODE === '1';
const electron = forceBrowser ? { reason: 'LOKET_BROWSER_MODE=1' } : findElectronBinary();

if ('path' in electron) {
  const child = spawn(electron.path, ['.'], { stdio: 'inherit' });
  child.on('exit', (code) => process.exit(code ?? 0));
} else {
  console.log(`Electron tidak tersedia (${electron.reason}). Menjalankan mode browser.`);
  startBrowserMode();
}

function startBrowserMode() {
  const host = spawn(process.execPath, ['dist/main/host.mjs', ...process.argv.slice(2)], {
    stdio: ['inherit', 'pipe', 'inherit'],
  });
  host.stdout.setEncoding('utf8');
  host.stdout.on('data', (text) => {
    process.stdout.write(text);
    const url = /berjalan di (http:\/\/\S+)/.exec(text)?.[1];
    if (url) openAppWindow(url);
  });
  for (const signal of /** @type {const} */ (['SIGINT', 'SIGTERM']))
    process.on(signal, () => host.kill(signal));
  host.on('exit', (code) => process.exit(code ?? 0));
}

/** @param {string} url */
function openAppWindow(url) {
  const hasDisplay =
    process.platform !== 'linux' || Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
  const browser = ['/usr/bin/chromium', '/usr/bin/google-chrome', '/usr/bin/chromium-browser'].find(
    existsSync,
  );
  if (!hasDisplay || !browser || process.env.LOKET_NO_OPEN === '1') {
    console.log('Buka alamat di atas di Chromium atau Chrome.');
    return;
  }
  const window = spawn(
    browser,
    [`--app=${url}`, '--no-first-run', '--disable-background-networking'],
    {
      stdio: 'ignore',
      detached: true,
    },
  );
  window.unref();
}
