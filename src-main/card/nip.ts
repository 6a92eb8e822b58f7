/**
 * An 18-digit NIP written the way officials print it, `YYYYMMDD YYYYMM G NNN`
 * (REFERENCE §1); anything else is printed as typed.
 */
export function formatNip(nip: string): string {
  const digits = nip.replace(/\s+/g, '');
  if (!/^\d{18}$/.test(digits)) return nip.trim();
  return `${digits.slice(0, 8)} ${digits.slice(8, 14)} ${digits.slice(14, 15)} ${digits.slice(15)}`;
}
