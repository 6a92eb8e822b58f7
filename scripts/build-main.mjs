// Bundles the main process, the sandboxed preload and the browser-mode host with esbuild.
// Dependencies are bundled (only `electron` stays external) so the packaged app needs no node_modules.
import { build } from 'esbuild';

const esmRequireShim = {
  js: "import { createRequire as __loketCreateRequire } from 'node:module'; const require = __loketCreateRequire(import.meta.url);",
};

/** @type {import('esbuild').BuildOptions} */
const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  sourcemap: true,
  external: ['electron'],
  logLevel: 'warning',
};

await Promise.all([
  build({
    ...common,
    entryPoints: ['src-main/main.ts'],
    outfile: 'dist/main/main.mjs',
    format: 'esm',
    banner: esmRequireShim,
  }),
  build({
    ...common,
    entryPoints: ['src-main/host/cli.ts'],
    outfile: 'dist/main/host.mjs',
    format: 'esm',
    banner: esmRequireShim,
  }),
  build({
    ...common,
    entryPoints: ['src-main/preload.ts'],
    outfile: 'dist/main/preload.cjs',
    format: 'cjs',
  }),
]);
console.log('main, preload dan host dibangun di dist/main');
