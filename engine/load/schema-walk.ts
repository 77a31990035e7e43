import type { z } from 'zod';
import type { DocPath } from '../lint/types.ts';

type Schema = z.core.$ZodType;

// The parts of zod's definitions this walk reads; zod v4 keeps them on `_zod.def` by kind.
interface Def {
  type: string;
  shape?: Record<string, Schema>;
  element?: Schema;
  keyType?: Schema;
  valueType?: Schema;
  innerType?: Schema;
  options?: readonly Schema[];
}

const defOf = (s: Schema): Def => s._zod.def as unknown as Def;

function unwrap(s: Schema): Schema {
  let cur = s;
  for (let d = defOf(cur); (d.type === 'optional' || d.type === 'nullable' || d.type === 'default') && d.innerType; d = defOf(cur)) cur = d.innerType;
  return cur;
}

/** The object shapes a schema allows at this level: one for an object, one per option for a union of objects. */
export function shapesOf(schema: Schema): Array<Record<string, Schema>> {
  const s = unwrap(schema);
  const d = defOf(s);
  if (d.type === 'object' && d.shape) return [d.shape];
  if (d.type === 'union' && d.options) return d.options.flatMap(shapesOf);
  return [];
}

/** The keys a record's key schema enumerates (`rules:` takes rule ids), or null for open keys. */
export function enumeratedKeys(schema: Schema): string[] | null {
  const d = defOf(unwrap(schema));
  const values = d.type === 'record' && d.keyType ? d.keyType._zod.values : undefined;
  return values ? [...values].map(String) : null;
}

/** The schema that governs the value at a document path, or null when the path leaves the schema. */
export function schemaAt(root: Schema, path: DocPath): Schema | null {
  let cur: Schema | null = root;
  for (const seg of path) {
    if (!cur) return null;
    const s = unwrap(cur);
    const d = defOf(s);
    if (d.type === 'array' && typeof seg === 'number') cur = d.element ?? null;
    else if (d.type === 'record') cur = d.valueType ?? null;
    else {
      const owner = shapesOf(s).find((shape) => Object.hasOwn(shape, String(seg)));
      cur = owner ? owner[String(seg)]! : null;
    }
  }
  return cur;
}

/** The field names valid at a document path (every option's, for a union), in schema order. */
export function knownKeysAt(root: Schema, path: DocPath): string[] {
  const s = schemaAt(root, path);
  if (!s) return [];
  return enumeratedKeys(s) ?? [...new Set(shapesOf(s).flatMap((shape) => Object.keys(shape)))];
}
