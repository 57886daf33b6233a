export type JsonObject = Record<string, unknown>;

/** Collects `path: message` lines in the order the checks meet them. */
export class ProblemList {
  readonly lines: string[] = [];

  add(path: string, message: string): void {
    this.lines.push(`${path}: ${message}`);
  }
}

export function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function reportUnknownFields(
  object: JsonObject,
  known: readonly string[],
  prefix: string,
  problems: ProblemList,
): void {
  for (const key of Object.keys(object)) {
    if (!known.includes(key)) problems.add(prefix ? `${prefix}.${key}` : key, 'unknown field');
  }
}

/** The id of an entity, or null once the problem is reported; duplicates are reported against the first. */
export function readId(
  object: JsonObject,
  path: string,
  seen: Map<string, string>,
  problems: ProblemList,
): string | null {
  const id = object.id;
  if (id === undefined) {
    problems.add(`${path}.id`, 'required');
    return null;
  }
  if (typeof id !== 'string' || id.length === 0) {
    problems.add(`${path}.id`, 'must be a non-empty string');
    return null;
  }
  const first = seen.get(id);
  if (first !== undefined) {
    problems.add(`${path}.id`, `duplicate id "${id}" (first used by ${first})`);
    return null;
  }
  seen.set(id, path);
  return id;
}

/** The array under `key`, or null once its absence or wrong type is reported. */
export function readArray(
  object: JsonObject,
  key: string,
  path: string,
  problems: ProblemList,
): unknown[] | null {
  const value = object[key];
  if (value === undefined) {
    problems.add(path, 'required');
    return null;
  }
  if (!Array.isArray(value)) {
    problems.add(path, 'must be an array');
    return null;
  }
  return value;
}
