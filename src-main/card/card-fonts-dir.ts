import { fileURLToPath } from 'node:url';

/**
 * Where `assets/fonts` lies when the app runs from the repository or an unpacked build.
 * This module sits two folders below the root both as source (`src-main/card/`) and once
 * bundled (`dist/main/*.mjs`), so the same relative URL works for tsx, vitest, Playwright and
 * the built host. Packaged Electron builds keep the fonts in `process.resourcesPath/fonts`
 * instead (electron-builder.yml `extraResources`); main.ts passes that folder explicitly.
 */
export function defaultCardFontsDir(): string {
  return fileURLToPath(new URL('../../assets/fonts/', import.meta.url));
}
