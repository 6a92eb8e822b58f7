import type { Locator, Page } from '@playwright/test';

export interface BiodataInput {
  readonly birthPlace: string;
  readonly religion: string;
  readonly maritalStatus: string;
  readonly street: string;
  readonly kecamatan: string;
  readonly kelurahan: string;
  readonly phone: string;
  readonly education: {
    readonly level: string;
    readonly institution: string;
    readonly major: string;
    readonly yearOut: string;
  };
  readonly position: { readonly kbji: string; readonly title: string };
  readonly heightCm?: string;
  readonly weightKg?: string;
  readonly email?: string;
  readonly experience?: {
    readonly employer: string;
    readonly position: string;
    readonly from: string;
  };
}

/** The AK/II form (step 4), fields found by label, rows by their group ("Pendidikan 1"). */
export class BiodataPage {
  readonly form: Locator;

  constructor(readonly page: Page) {
    this.form = page.getByRole('form', { name: 'Formulir AK/II (daftar isian pencari kerja)' });
  }

  field = (label: string) => this.form.getByLabel(label, { exact: true });
  row = (name: string) => this.form.getByRole('group', { name, exact: true });

  async fill(input: BiodataInput): Promise<void> {
    await this.field('Tempat lahir').fill(input.birthPlace);
    await this.field('Agama').selectOption({ label: input.religion });
    await this.field('Status perkawinan').selectOption({ label: input.maritalStatus });
    if (input.heightCm) await this.field('Tinggi badan (cm)').fill(input.heightCm);
    if (input.weightKg) await this.field('Berat badan (kg)').fill(input.weightKg);
    await this.field('Nomor telepon / HP').fill(input.phone);
    if (input.email) await this.field('Email').fill(input.email);
    await this.field('Jalan, nomor, banjar/lingkungan').fill(input.street);
    await this.field('Kecamatan').selectOption({ label: input.kecamatan });
    await this.field('Kelurahan / desa').selectOption({ label: input.kelurahan });
    const school = this.row('Pendidikan 1');
    await school.getByLabel('Jenjang').selectOption({ label: input.education.level });
    await school.getByLabel('Nama sekolah / perguruan tinggi').fill(input.education.institution);
    await school.getByLabel('Jurusan').fill(input.education.major);
    await school.getByLabel('Tahun lulus').fill(input.education.yearOut);
    if (input.experience) {
      await this.form.getByRole('button', { name: 'Tambah pengalaman' }).click();
      const job = this.row('Pengalaman 1');
      await job.getByLabel('Perusahaan / tempat kerja').fill(input.experience.employer);
      await job.getByLabel('Jabatan').fill(input.experience.position);
      await job.getByLabel('Tahun mulai').fill(input.experience.from);
    }
    const wish = this.row('Jabatan 1');
    await wish.getByLabel('Golongan jabatan (KBJI)').selectOption({ label: input.position.kbji });
    await wish.getByLabel('Nama jabatan').fill(input.position.title);
  }

  async save(): Promise<void> {
    await this.form.getByRole('button', { name: 'Simpan biodata dan lanjut' }).click();
  }
}
