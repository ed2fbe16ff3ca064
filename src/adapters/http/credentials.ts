import { createHash, randomBytes } from 'node:crypto';
import { hash, verify } from '@node-rs/argon2';
import { nameKey } from '#core/records/club-names.ts';

/** Argon2id with OWASP's recommended cost (19 MiB, 2 passes, 1 lane). */
const ARGON2 = { algorithm: 2, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

/** A password's Argon2id hash, salted; the password itself is never stored. */
export async function hashPassword(password: string): Promise<string> {
  return hash(password, ARGON2);
}

/** Whether a password matches its hash. */
export async function checkPassword(password: string, passwordHash: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

/** A new secret token (a session or an API token) and the hash kept in the store. */
export function newToken(): { token: string; tokenHash: string } {
  const token = randomBytes(32).toString('base64url');
  return { token, tokenHash: hashToken(token) };
}

/** The stored form of a token: SHA-256, so that a database leak gives no usable token. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** May this user write to this competition: an admin, or an editor of it. */
export function mayWrite(
  user: { readonly role: string; readonly competitions: readonly string[] },
  competition: string,
): boolean {
  return (
    user.role === 'admin' ||
    user.competitions.some((name) => nameKey(name) === nameKey(competition))
  );
}
