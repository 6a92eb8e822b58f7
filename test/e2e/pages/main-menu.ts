import type { Locator, Page } from '@playwright/test';

/** An entry of the main menu, found as the officer (and a screen reader) names it. */
export function mainMenuEntry(page: Page, name: string): Locator {
  return page.getByRole('navigation', { name: 'Menu utama' }).getByRole('button', { name });
}
