import { randomInt } from 'node:crypto';
import { hashToken } from '../../lib/tokens.js';

/** Ten codes of ten base32 characters (50 bits each), printed as xxxxx-xxxxx. */
export const backupCodeCount = 10;
const alphabet = 'abcdefghijklmnopqrstuvwxyz234567';

function newBackupCode(): string {
  let code = '';
  for (let i = 0; i < 10; i++) code += alphabet[randomInt(alphabet.length)];
  return `${code.slice(0, 5)}-${code.slice(5)}`;
}

export function newBackupCodes(): { codes: string[]; hashes: string[] } {
  const codes = Array.from({ length: backupCodeCount }, newBackupCode);
  return { codes, hashes: codes.map((c) => hashBackupCode(c)) };
}

/**
 * Stored as SHA-256 of the normalised code: 50 random bits per code and the per-account throttle
 * make a slow hash unnecessary, and a leaked table still cannot be used.
 */
export function hashBackupCode(code: string): string {
  return hashToken(code.replace(/[\s-]+/g, '').toLowerCase());
}
