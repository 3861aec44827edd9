/**
 * Secrets Pathsmith hands out — session cookies, API keys, invite codes, share links — are random, and only
 * their SHA-256 is stored (share links aside, which are the capability itself). With 32 random bytes a fast
 * hash is enough: there is nothing to guess, so the slow hashing of passwords buys nothing here.
 */
import { createHash, randomBytes } from 'node:crypto';

export function newSecret(bytes = 32): string {
  return randomBytes(bytes).toString('base64url');
}

export function secretHash(secret: string): string {
  return createHash('sha256').update(secret).digest('base64url');
}

/** API keys say what they are, so a leaked one is recognised by secret scanners and people alike. */
export const API_KEY_PREFIX = 'psk_';

export function newApiKey(): { key: string; prefix: string } {
  const key = `${API_KEY_PREFIX}${newSecret()}`;
  return { key, prefix: key.slice(0, API_KEY_PREFIX.length + 6) };
}
