import type { Page } from '@playwright/test';
import { mainMenuEntry } from './main-menu.js';

export interface FileToImport {
  readonly name: string;
  readonly content: string;
}

/** The vacancy catalogue as an officer sees it: found through the menu, fields by label. */
export class VacancyPage {
  constructor(private readonly page: Page) {}

  async open(url: string): Promise<void> {
    await this.page.goto(url);
    await mainMenuEntry(this.page, 'Lowongan kerja').click();
    await this.page.getByRole('heading', { name: 'Katalog lowongan kerja' }).waitFor();
  }

  fileInput = () => this.page.getByLabel('Impor lowongan (CSV atau JSON)');
  table = () => this.page.getByRole('table', { name: 'Lowongan yang masih dibuka' });
  rows = () => this.table().locator('tbody tr');
  kbjiFilter = () => this.page.getByLabel('Golongan jabatan (KBJI)');
  search = () => this.page.getByRole('searchbox', { name: 'Cari lowongan' });
  rowErrors = () => this.page.getByRole('alert');
  /** The status line of the last import ("16 lowongan diimpor dari …"). */
  importResult = () => this.page.getByRole('status').filter({ hasText: 'diimpor dari' });
  listCount = () => this.page.getByRole('status').filter({ hasText: 'Menampilkan' });

  async importPath(path: string): Promise<void> {
    await this.fileInput().setInputFiles(path);
  }

  async importText(file: FileToImport): Promise<void> {
    await this.fileInput().setInputFiles({
      name: file.name,
      mimeType: file.name.endsWith('.json') ? 'application/json' : 'text/csv',
      buffer: Buffer.from(file.content, 'utf8'),
    });
  }

  async chooseMode(mode: 'gabung' | 'ganti'): Promise<void> {
    await this.page
      .getByRole('radio', { name: mode === 'gabung' ? /^Gabungkan/ : /^Ganti seluruh katalog/ })
      .check();
  }
}
