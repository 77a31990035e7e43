// Twine names are free text (often Chinese); scenario ids are ASCII, so names are reduced and made unique.

/** Make a node id (letters, digits, "_" or "-") from a passage name, unique among `taken`. */
export function nodeIdFor(name: string, fallback: string, taken: Set<string>): string {
  const base = ascii(name).replace(/[^A-Za-z0-9_-]+/g, '-').replace(/-{2,}/g, '-').replace(/^-+|-+$/g, '').slice(0, 48);
  return unique(/^[A-Za-z0-9_]/.test(base) ? base : fallback, taken);
}

/** Make a kebab-case choice id from a link's text, unique among `taken`. */
export function choiceIdFor(text: string, fallback: string, taken: Set<string>): string {
  const words = ascii(text).toLowerCase().match(/[a-z0-9]+/g) ?? [];
  let base = '';
  for (const w of words) {
    if (base.length + w.length > 40) break;
    base = base ? `${base}-${w}` : w;
  }
  return unique(base || fallback, taken);
}

function ascii(s: string): string {
  return s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
}

function unique(base: string, taken: Set<string>): string {
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  taken.add(id);
  return id;
}
