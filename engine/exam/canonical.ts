import canonicalize from 'canonicalize';
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';

// Hashing is synchronous and identical in the browser and in Node: @noble/hashes (audited, no
// dependencies, ~3 KB for SHA-256) instead of WebCrypto, whose digest is async only and would make
// every caller — record sealing, verify, the 10,000-record roster — async for no gain.

/**
 * Serialise a JSON value canonically: RFC 8785 (JCS) — object keys sorted by UTF-16 code units, no
 * whitespace, numbers as ECMAScript prints them, strings as JSON.stringify escapes them.
 */
export function canonicalJson(value: unknown): string {
  const text = canonicalize(value);
  if (text === undefined) throw new Error('value has no JSON form');
  return text;
}

/** SHA-256 of a text's UTF-8 bytes, as 64 lowercase hex digits. */
export function sha256Hex(text: string): string {
  return bytesToHex(sha256(utf8ToBytes(text)));
}

/** SHA-256 of a JSON value's canonical serialisation. */
export function digestOf(value: unknown): string {
  return sha256Hex(canonicalJson(value));
}
