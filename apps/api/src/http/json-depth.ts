/**
 * How deeply a parsed JSON value nests, counted without recursion (a body of 45,000 nested
 * arrays must not exhaust the stack of whatever walks it next), stopping as soon as `max` is
 * passed. Returns the depth, or `max + 1` when deeper.
 */
export function jsonDepth(value: unknown, max: number): number {
  let deepest = 0;
  const stack: [unknown, number][] = [[value, 0]];
  while (stack.length > 0) {
    const [item, depth] = stack.pop()!;
    if (item === null || typeof item !== 'object') continue;
    const level = depth + 1;
    if (level > max) return max + 1;
    if (level > deepest) deepest = level;
    for (const child of Array.isArray(item) ? item : Object.values(item)) stack.push([child, level]);
  }
  return deepest;
}
