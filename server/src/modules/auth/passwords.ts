import { readFileSync } from 'node:fs';
import { hash, verify } from '@node-rs/argon2';
import { BadRequestError } from '../../lib/errors.js';

/** OWASP's argon2id minimum: 19 MiB, 2 iterations, 1 lane. */
// `algorithm: 2` is Argon2id (the package exports it as an ambient const enum, which isolated modules cannot read).
const argonOptions = { algorithm: 2, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password, argonOptions);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

/**
 * Compared against when the email is unknown, so an unknown email costs the same time as a wrong
 * password and the two answers cannot be told apart.
 */
let dummyHash: Promise<string> | undefined;
export function dummyPasswordHash(): Promise<string> {
  dummyHash ??= hashPassword('not-a-real-password-just-for-timing');
  return dummyHash;
}

let common: Set<string> | undefined;
/** The 1,000 most common passwords, shipped in server/assets (lines starting with # are comments). */
export function isCommonPassword(password: string): boolean {
  common ??= new Set(
    readFileSync(new URL('../../../assets/common-passwords.txt', import.meta.url), 'utf8')
      .split('\n')
      .filter((line) => line && !line.startsWith('#')),
  );
  return common.has(password.toLowerCase());
}

/** Length is checked by the shared schema; this adds the common-password rule (no composition rules). */
export function assertAcceptablePassword(password: string, field = 'password'): void {
  if (isCommonPassword(password)) {
    throw new BadRequestError(
      'password_too_common',
      'This password is one of the most common ones and easy to guess. Please choose another — a short phrase works well.',
      field,
    );
  }
}
