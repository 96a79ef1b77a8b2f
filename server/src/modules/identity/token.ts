import { createHash, randomBytes } from 'node:crypto';

/** Session tokens carry this prefix, so one lookup decides between a session and an API key. */
export const SITZUNG_PRAEFIX = 'sst_';

export function sha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/** A new random token (256 bits), URL-safe. */
export function neuesToken(praefix: string): string {
  return `${praefix}${randomBytes(32).toString('base64url')}`;
}
