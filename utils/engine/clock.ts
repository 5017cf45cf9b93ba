/** Milliseconds from a monotonic clock where there is one (browsers, Node), for deadlines and timings. */
export function now(): number {
  return typeof performance !== 'undefined' ? performance.now() : Date.now();
}
