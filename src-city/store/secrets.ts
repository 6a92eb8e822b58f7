import { createHash, randomBytes, randomInt } from 'node:crypto';

/** Device tokens and enrolment codes are stored only as their SHA-256. */
export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret, 'utf8').digest('hex');
}

export function newDeviceToken(): string {
  return randomBytes(32).toString('base64url');
}

// No 0/O, 1/I/L: the code is read aloud or typed from paper.
const codeAlphabet = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';

/** 12 characters (about 59 bits) in three groups: "K7QM-2XRD-9PWA". */
export function newEnrolmentCode(): string {
  const chars = Array.from({ length: 12 }, () => codeAlphabet[randomInt(codeAlphabet.length)]);
  return [chars.slice(0, 4), chars.slice(4, 8), chars.slice(8)]
    .map((group) => group.join(''))
    .join('-');
}

export function normaliseEnrolmentCode(code: string): string {
  return code.toUpperCase().replace(/[\s-]+/g, '');
}
