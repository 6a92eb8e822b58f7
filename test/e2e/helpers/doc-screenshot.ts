import type { Locator, Page } from '@playwright/test';

/**
 * Refreshes a README screenshot (docs/screenshots/NAME.png) only when asked with
 * LOKET_SCREENSHOTS=1, so an ordinary test run never changes tracked files.
 */
export async function docScreenshot(
  target: Page | Locator,
  name: string,
  options: { readonly fullPage?: boolean } = {},
): Promise<void> {
  if (process.env['LOKET_SCREENSHOTS'] !== '1') return;
  const path = `docs/screenshots/${name}.png`;
  if ('goto' in target) await target.screenshot({ path, fullPage: options.fullPage ?? false });
  else await target.screenshot({ path });
}
