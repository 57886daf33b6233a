/**
 * A sliding-window counter: the count of the current fixed window plus the previous window's,
 * weighted by how much of it still overlaps the sliding window. Two small keys per identity,
 * whatever the limit, and one round trip; atomic because Redis runs the script alone.
 *
 * KEYS: current window, previous window. ARGV: limit, window (ms), time elapsed in the current
 * window (ms), 1 to count this call when admitted (0 only looks).
 * Returns { 1, 0 } when admitted, else { 0, milliseconds until one more call would be }.
 */
export const SLIDING_WINDOW_SCRIPT = `
local limit = tonumber(ARGV[1])
local window = tonumber(ARGV[2])
local elapsed = tonumber(ARGV[3])
local current = tonumber(redis.call('GET', KEYS[1]) or '0')
local previous = tonumber(redis.call('GET', KEYS[2]) or '0')
local estimate = previous * (window - elapsed) / window + current
if estimate + 1 <= limit then
  if ARGV[4] == '1' then
    redis.call('INCR', KEYS[1])
    redis.call('PEXPIRE', KEYS[1], window * 2)
  end
  return { 1, 0 }
end
local wait
if current + 1 > limit then
  wait = (window - elapsed) + window * (1 - (limit - 1) / current)
else
  wait = (window - elapsed) - (limit - 1 - current) * window / previous
end
return { 0, math.ceil(wait) }
`;

/** Takes one back from the current window's count, never below zero. KEYS: current window. */
export const REFUND_SCRIPT = `
if tonumber(redis.call('GET', KEYS[1]) or '0') > 0 then
  return redis.call('DECR', KEYS[1])
end
return 0
`;

/** The two keys of an identity at a moment, and how far into the current window that moment is. */
export function windowKeys(key: string, windowMs: number, now: number) {
  const start = now - (now % windowMs);
  return { current: `${key}:${start}`, previous: `${key}:${start - windowMs}`, elapsed: now - start };
}
