import { expect, type Locator, type Page } from '@playwright/test';
import { mainMenuEntry } from './main-menu.js';

/** The counter screen ("Layanan loket"): the queue, the visit workspace and its step panels. */
export class CounterPage {
  constructor(readonly page: Page) {}

  menu = (name: string) => mainMenuEntry(this.page, name);
  queueNumber = () => this.page.getByLabel('Nomor antrean', { exact: true });
  stepper = () => this.page.getByRole('list', { name: 'Langkah SOP kunjungan ini' });
  currentStep = () => this.stepper().locator('[aria-current="step"]');
  timer = () => this.page.getByRole('timer', { name: 'Waktu langkah ini' });
  /** The panel of SOP step `no` (a form or a group labelled "Langkah <no>"). */
  panel = (no: number): Locator => this.page.locator(`[aria-label="Langkah ${no}"]`);

  async open(url: string): Promise<void> {
    await this.page.goto(url);
    await this.page.getByRole('heading', { name: 'Layanan loket AK/I' }).waitFor();
  }

  async startVisit(service: string): Promise<string> {
    await this.page.getByLabel('Kebutuhan layanan').selectOption({ label: service });
    await this.page.getByRole('button', { name: 'Ambil nomor antrean dan mulai' }).click();
    await expect(this.queueNumber()).toHaveText(/^\d{2}-\d{3}$/);
    await expect(this.currentStep()).toContainText('Menerima tamu');
    return (await this.queueNumber().innerText()).trim();
  }

  async expectStep(no: number): Promise<void> {
    await expect(this.panel(no)).toBeVisible();
    await expect(this.page.getByText(new RegExp(`^Langkah ${no}: `))).toBeVisible();
  }

  async greet(input: { nik: string; name?: string }): Promise<void> {
    await this.expectStep(1);
    await this.page.getByLabel('NIK pengunjung').fill(input.nik);
    if (input.name) await this.page.getByLabel('Nama pengunjung').fill(input.name);
    await this.page.getByRole('button', { name: 'Lanjut ke penjelasan persyaratan' }).click();
  }

  async explainRequirements(): Promise<void> {
    await this.expectStep(2);
    await this.page
      .getByRole('button', { name: 'Persyaratan sudah dijelaskan, lanjut' })
      .press('Enter');
  }

  /** Ticks the listed documents (labels as in the checklist). */
  async tickDocuments(labels: readonly string[]): Promise<void> {
    await this.expectStep(3);
    for (const label of labels) await this.panel(3).getByLabel(label).check();
  }

  async documentsComplete(): Promise<void> {
    await this.page.getByRole('button', { name: 'Berkas lengkap, lanjut ke biodata' }).click();
  }

  /** Presses the primary "done" button of a step with nothing to type. */
  async done(no: number, label = 'Selesai, lanjut'): Promise<void> {
    await this.expectStep(no);
    await this.panel(no).getByRole('button', { name: label }).click();
  }

  /** Picks an officer in a picker by (part of) their name; options read "Name · role · NIP". */
  async chooseOfficer(select: Locator, name: string): Promise<void> {
    const value = await select.locator('option', { hasText: name }).first().getAttribute('value');
    await select.selectOption(value ?? '');
  }

  /** Step 11: an officer identifies themself as the one authorising. */
  async identifyAuthoriser(name: string): Promise<void> {
    await this.expectStep(11);
    await this.chooseOfficer(this.panel(11).getByLabel('Pengantar Kerja yang mengesahkan'), name);
    await this.panel(11).getByRole('button', { name: 'Saya yang mengesahkan' }).click();
  }

  async expectFinished(): Promise<void> {
    await expect(this.page.getByText('Layanan selesai. Panggil antrean berikutnya.')).toBeVisible();
  }
}

/** Labels of the default document checklist (settings). */
export const defaultDocuments = [
  'KTP asli dan fotokopi KTP yang masih berlaku',
  '2 lembar pas foto berwarna ukuran 3x4 terbaru',
  'Fotokopi ijazah terakhir',
] as const;
