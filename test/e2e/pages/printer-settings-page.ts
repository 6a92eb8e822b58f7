import type { Locator, Page } from '@playwright/test';
import { mainMenuEntry } from './main-menu.js';

/** Menu "Printer" as an officer sees it: two printer panels, save, the print queue, the badge. */
export class PrinterSettingsPage {
  constructor(private readonly page: Page) {}

  async open(url: string): Promise<void> {
    await this.page.goto(url);
    await mainMenuEntry(this.page, 'Printer').click();
    await this.page.getByRole('heading', { name: 'Pengaturan printer' }).waitFor();
  }

  thermal = (): Locator => this.page.getByRole('group', { name: 'Printer struk (thermal)' });
  card = (): Locator => this.page.getByRole('group', { name: 'Printer kartu' });
  badge = (): Locator => this.page.getByRole('status').filter({ hasText: 'Printer struk:' });
  queue = (): Locator => this.page.getByRole('region', { name: 'Antrean cetak' });

  /** The job in the print queue whose label contains `label`. */
  job = (label: string): Locator => this.queue().getByRole('listitem', { name: label });

  async configureThermal(connection: string, paper: '58' | '80' = '80'): Promise<void> {
    const panel = this.thermal();
    await panel.getByLabel('Printer struk aktif').check();
    await panel.getByLabel('Jaringan (LAN/Wi-Fi, port RAW 9100)').check();
    await panel.getByLabel('Alamat printer struk').fill(connection);
    await panel.getByLabel(`${paper} mm`).check();
    await this.save();
    await this.page.getByText('Pengaturan printer tersimpan.').waitFor();
  }

  async save(): Promise<void> {
    await this.page.getByRole('button', { name: 'Simpan pengaturan' }).click();
  }

  async printTestPage(printer: 'thermal' | 'card'): Promise<void> {
    const panel = printer === 'thermal' ? this.thermal() : this.card();
    await panel.getByRole('button', { name: 'Cetak halaman uji' }).click();
  }
}
