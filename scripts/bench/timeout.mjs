// A promise raced against a timer, for the bench's steps that a stuck tab must not hang.

/**
 * Races a promise against a timer: `{ value }`, `{ error }` or `{ timedOut: true }`.
 * @template T
 * @param {Promise<T>} promise
 * @param {number} ms
 * @returns {Promise<{ value?: T, error?: string, timedOut?: boolean }>}
 */
export async function withTimeout(promise, ms) {
  let timer;
  const timeout = new Promise((ok) => (timer = setTimeout(() => ok({ timedOut: true }), ms)));
  try {
    return await Promise.race([
      promise.then(
        (value) => ({ value }),
        (e) => ({ error: e instanceof Error ? e.message.split('\n')[0] : String(e) }),
      ),
      timeout,
    ]);
  } finally {
    clearTimeout(timer);
  }
}
