/**
 * The KETENTUAN printed on the identity half (REFERENCE §2 and §4). Wording is the office's
 * usual phrasing; the facts (national, 2 years, 6-monthly reports, employer returns the card,
 * free of charge) are the regulation's.
 */
export const ketentuanAk1: readonly string[] = [
  'Kartu ini berlaku secara nasional selama 2 (dua) tahun sejak tanggal penerbitan.',
  'Selama belum bekerja, pencari kerja wajib melapor setiap 6 (enam) bulan sekali.',
  'Pencari kerja wajib melapor apabila sudah diterima bekerja atau ada perubahan data.',
  'Pemberi kerja yang menerima pemegang kartu ini bekerja wajib mengembalikan kartu ini kepada dinas yang menerbitkan.',
  'Pelayanan kartu ini tidak dipungut biaya.',
];
