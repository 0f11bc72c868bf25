/**
 * Base64url (RFC 4648 §5) without padding: the URL-safe alphabet keeps links intact in the address
 * bar, mail and chat without percent-escaping.
 */

const CHUNK = 0x8000; // String.fromCharCode's argument list stays well under engine limits

/** Bytes → base64url text, no `=` padding. */
export function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += CHUNK) binary += String.fromCharCode(...bytes.subarray(i, i + CHUNK));
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

const ALPHABET = /^[A-Za-z0-9_-]*$/;

/** Base64url text → bytes; null when the text has characters outside the alphabet or an impossible length. */
export function fromBase64Url(text: string): Uint8Array | null {
  // A length of 4n + 1 cannot come from whole bytes: a truncated or padded-by-hand payload.
  if (!ALPHABET.test(text) || text.length % 4 === 1) return null;
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}
