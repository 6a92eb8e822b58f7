import type { Locator, Page } from '@playwright/test';
import { mainMenuEntry } from './main-menu.js';

/** The Sinkronisasi screen and the sync badge, as an officer sees them. */
export class SyncPage {
  constructor(private readonly page: Page) {}

  async open(): Promise<void> {
    await mainMenuEntry(this.page, 'Sinkronisasi').click();
    await this.page.getByRole('heading', { name: 'Sinkronisasi dengan server kota' }).waitFor();
  }

  badge(): Locator {
    return this.page.getByRole('status').filter({ hasText: 'Sinkron:' });
  }

  async enrol(url: string, code: string, counterName: string): Promise<void> {
    await this.page.getByLabel('Alamat server kota').fill(url);
    await this.page.getByLabel('Kode pendaftaran').fill(code);
    await this.page.getByLabel('Nama loket').fill(counterName);
    await this.page.getByRole('button', { name: 'Daftarkan loket' }).click();
    // What the officer waits for before going on.
    await this.page.getByText('Loket terdaftar.').waitFor();
  }

  async syncNow(): Promise<void> {
    await this.page.getByRole('button', { name: 'Sinkronkan sekarang' }).click();
    await this.page.getByText(/Sinkronisasi selesai/).waitFor();
  }

  attention(): Locator {
    return this.page.getByRole('list', { name: 'Daftar perlu perhatian' });
  }
}
