/**
 * Likely duplicate registrations. The NIK catches most, but seekers come back with a new
 * NIK after a KTP error, or the officer mistypes it; then the same person shows up as a
 * similar name with the same birth date. Balinese names put birth-order and caste names in
 * front ("Ni Luh Putu Sari", "I Gusti Ayu Sari", "I.G.A. Sari"), written in or left out at
 * will, so names are compared with and without them.
 */
export const DUPLICATE_THRESHOLD = 0.9;

/** Leading name parts that say birth order, sex or caste rather than who someone is. */
const balinesePrefixes: readonly string[][] = [
  'i gusti ayu', 'i gusti agung', 'i gusti ngurah', 'i gusti bagus', 'i gusti', 'gusti ayu',
  'gusti ngurah', 'gusti agung', 'gusti', 'anak agung ayu', 'anak agung', 'ida ayu',
  'ida bagus', 'cokorda', 'dewa ayu', 'dewa', 'desak', 'ni luh', 'luh', 'ni', 'i', 'ngurah',
  'wayan', 'putu', 'gede', 'made', 'kadek', 'nengah', 'nyoman', 'komang', 'ketut',
].map((p) => p.split(' ')); // prettier-ignore

/** Common abbreviations written on KTPs. */
const abbreviations: Readonly<Record<string, string>> = {
  gst: 'gusti',
  ngr: 'ngurah',
  bgs: 'bagus',
  agg: 'agung',
  md: 'made',
  wyn: 'wayan',
  nym: 'nyoman',
  kt: 'ketut',
  kd: 'kadek',
};

/** Lower case, no accents, no academic titles after a comma, letters and single spaces. */
export function normaliseName(name: string): string {
  const beforeTitles = name.split(',')[0] ?? '';
  return beforeTitles
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLocaleLowerCase('id-ID')
    .replace(/[^a-z]+/g, ' ')
    .trim()
    .split(' ')
    .map((t) => abbreviations[t] ?? t)
    .join(' ');
}

/** The name without Balinese prefixes or leading initials; never empty for a non-empty name. */
export function coreName(name: string): string {
  let tokens = normaliseName(name).split(' ').filter(Boolean);
  for (;;) {
    const prefix = balinesePrefixes.find((p) => p.every((word, i) => tokens[i] === word));
    const initial = tokens[0] !== undefined && tokens[0].length === 1 ? 1 : 0;
    const cut = prefix ? prefix.length : initial;
    if (cut === 0 || cut >= tokens.length) return tokens.join(' ');
    tokens = tokens.slice(cut);
  }
}

/** Jaro-Winkler similarity in [0, 1] (prefix scale 0.1, up to 4 characters). */
export function jaroWinkler(a: string, b: string): number {
  if (a === b) return 1;
  if (a.length === 0 || b.length === 0) return 0;
  const window = Math.max(0, Math.floor(Math.max(a.length, b.length) / 2) - 1);
  const aHit = new Array<boolean>(a.length).fill(false);
  const bHit = new Array<boolean>(b.length).fill(false);
  let matches = 0;
  for (let i = 0; i < a.length; i++) {
    const end = Math.min(i + window + 1, b.length);
    for (let j = Math.max(0, i - window); j < end; j++) {
      if (bHit[j] || a[i] !== b[j]) continue;
      aHit[i] = bHit[j] = true;
      matches++;
      break;
    }
  }
  if (matches === 0) return 0;
  let transpositions = 0;
  for (let i = 0, j = 0; i < a.length; i++) {
    if (!aHit[i]) continue;
    while (!bHit[j]) j++;
    if (a[i] !== b[j]) transpositions++;
    j++;
  }
  const m = matches;
  const jaro = (m / a.length + m / b.length + (m - transpositions / 2) / m) / 3;
  let prefix = 0;
  while (prefix < 4 && a[prefix] !== undefined && a[prefix] === b[prefix]) prefix++;
  return jaro + prefix * 0.1 * (1 - jaro);
}

const tokens = (s: string): string[] => s.split(' ').filter(Boolean);
const sameWords = (a: string[], b: string[]): boolean =>
  a.length === b.length && [...a].sort().join(' ') === [...b].sort().join(' ');

/** Mean over `core` words of each word's best Jaro-Winkler against any word of `other`. */
function wordsCovered(core: string[], other: string[]): number {
  if (core.length === 0 || other.length === 0) return 0;
  const best = core.map((w) => Math.max(...other.map((o) => jaroWinkler(w, o))));
  return best.reduce((sum, x) => sum + x, 0) / core.length;
}

export interface NameSimilarity {
  readonly score: number;
  /** Which comparison gave the score, for the officer. */
  readonly reason: string;
}

/**
 * Word by word, so a shared "Ni Luh Putu" does not make "Sari" and "Ani" look alike: each
 * name's core words (prefixes removed) must find a close word in the other full name. A
 * typo inside a prefix ("Ni Lu Putu") leaves it among the core words, where it still
 * finds its match. Same words in any order score 1.
 */
export function nameSimilarity(a: string, b: string): NameSimilarity {
  const [fa, fb] = [tokens(normaliseName(a)), tokens(normaliseName(b))];
  if (fa.join(' ') === fb.join(' ')) return { score: 1, reason: 'Nama sama' };
  if (sameWords(fa, fb)) return { score: 1, reason: 'Nama sama, urutan kata beda' };
  const [ca, cb] = [tokens(coreName(a)), tokens(coreName(b))];
  const covered = (wordsCovered(ca, fb) + wordsCovered(cb, fa)) / 2;
  // Slightly below 1: the prefixes may differ for a reason (twins are Wayan and Made).
  const score = 0.97 * covered;
  const reason = sameWords(ca, cb) ? 'Nama sama tanpa nama depan Bali' : 'Nama mirip';
  return { score, reason };
}

export interface PersonForMatch {
  readonly id: string;
  readonly name: string;
  /** YYYY-MM-DD. */
  readonly birthDate: string;
  readonly nik?: string;
  readonly sex?: 'L' | 'P';
}

export interface DuplicateCandidate {
  readonly id: string;
  /** 0..1, higher is more likely the same person. */
  readonly score: number;
  /** Indonesian, shown next to the candidate. */
  readonly reasons: readonly string[];
}

/**
 * People registered already who are probably the person being typed in: same NIK, or same
 * birth date and a name scoring at least `threshold`. Best first.
 */
export function findLikelyDuplicates(
  query: Omit<PersonForMatch, 'id'> & { readonly id?: string },
  people: Iterable<PersonForMatch>,
  threshold: number = DUPLICATE_THRESHOLD,
): readonly DuplicateCandidate[] {
  const found: DuplicateCandidate[] = [];
  for (const p of people) {
    if (p.id === query.id) continue;
    const sameNik = query.nik !== undefined && query.nik !== '' && p.nik === query.nik;
    if (!sameNik && p.birthDate !== query.birthDate) continue;
    const name = nameSimilarity(query.name, p.name);
    const otherSex = query.sex !== undefined && p.sex !== undefined && query.sex !== p.sex;
    const score = sameNik ? 1 : name.score * (otherSex ? 0.9 : 1);
    if (score < threshold) continue;
    const reasons = [
      ...(sameNik ? ['NIK sama'] : []),
      `${name.reason} (${Math.round(name.score * 100)}%)`,
      ...(p.birthDate === query.birthDate ? ['Tanggal lahir sama'] : []),
      ...(otherSex ? ['Jenis kelamin berbeda'] : []),
    ];
    found.push({ id: p.id, score, reasons });
  }
  return found.sort((x, y) => y.score - x.score || x.id.localeCompare(y.id));
}
