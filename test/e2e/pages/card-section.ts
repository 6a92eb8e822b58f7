import type { Locator, Page } from '@playwright/test';

/** The "Kartu AK/I" section of a seeker's record, found by its heading and labels. */
export class CardSection {
  readonly root: Locator;

  constructor(private readonly page: Page) {
    this.root = page.getByRole('region', { name: 'Kartu AK/I' });
  }

  preview = () => this.root.getByRole('img', { name: 'Pratinjau kartu AK/I' });
  issueButton = () =>
    this.root.getByRole('button', { name: 'Terbitkan kartu dan tampilkan pratinjau' });
  printButton = () => this.root.getByRole('button', { name: 'Cetak kartu', exact: true });
  reprintButton = () => this.root.getByRole('button', { name: 'Cetak ulang' });
  reason = () => this.root.getByLabel('Alasan cetak ulang');
  history = () => this.root.getByRole('list', { name: 'Riwayat cetak' });
  signerName = () => this.root.getByLabel('Nama Pengantar Kerja');

  /** The number shown next to "No. Pendaftaran" once a card exists. */
  async number(): Promise<string> {
    const value = this.root.locator('dt', { hasText: 'No. Pendaftaran' }).locator('+ dd');
    return (await value.innerText()).trim();
  }

  /** Non-white pixels of a preview canvas: zero means PDF.js drew nothing. */
  async inkedPixels(canvas: Locator = this.preview()): Promise<number> {
    return canvas.evaluate((node) => {
      const c = node as HTMLCanvasElement;
      const data = c.getContext('2d')?.getImageData(0, 0, c.width, c.height).data ?? [];
      let inked = 0;
      for (let i = 0; i < data.length; i += 4) if ((data[i] ?? 255) < 200) inked += 1;
      return inked;
    });
  }
}
