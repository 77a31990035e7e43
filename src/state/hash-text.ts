/**
 * A 64-bit FNV-1a hash of a text's UTF-16 code units, as 16 hex digits: tells two versions of a scenario's
 * source apart. Not for security (stored data can be edited anyway); synchronous and the same in Node at
 * build time and in any browser context (SubtleCrypto needs a secure one and answers asynchronously).
 */
export function hashText(text: string): string {
  // Two 32-bit lanes with different offsets stand in for one 64-bit FNV state (no BigInt in the hot loop).
  let a = 0x811c9dc5;
  let b = 0xcbf29ce4;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c ^ (a >>> 16), 0x01000193);
  }
  return (a >>> 0).toString(16).padStart(8, '0') + (b >>> 0).toString(16).padStart(8, '0');
}
