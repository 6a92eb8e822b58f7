import type { Page } from '@playwright/test';
import { mainMenuEntry } from './main-menu.js';

export interface SeekerInput {
  readonly nik: string;
  readonly name: string;
  readonly birthPlace: string;
  readonly address: string;
  readonly phone: string;
  readonly education: string;
}

/** The registration screen as an officer sees it: fields found by their labels. */
export class RegistrationPage {
  constructor(private readonly page: Page) {}

  /** The app opens on the counter screen; registration is one click away in the menu. */
  async open(url: string): Promise<void> {
    await this.page.goto(url);
    await mainMenuEntry(this.page, 'Pendaftaran baru').click();
    await this.page.getByRole('heading', { name: 'Pendaftaran pencari kerja' }).waitFor();
  }

  nik = () => this.page.getByLabel('NIK', { exact: true });
  name = () => this.page.getByLabel('Nama lengkap');
  birthDate = () => this.page.getByLabel('Tanggal lahir');
  sex = () => this.page.getByLabel('Jenis kelamin');

  async fill(input: SeekerInput): Promise<void> {
    await this.nik().fill(input.nik);
    await this.name().fill(input.name);
    await this.page.getByLabel('Tempat lahir').fill(input.birthPlace);
    await this.page.getByLabel('Alamat').fill(input.address);
    await this.page.getByLabel('Nomor telepon / HP').fill(input.phone);
    await this.page.getByLabel('Pendidikan terakhir').selectOption({ label: input.education });
  }

  async save(): Promise<void> {
    await this.page.getByRole('button', { name: 'Simpan pendaftaran' }).click();
  }
}
