/**
 * Runs async tasks one at a time, in the order they asked. The KurrentDB adapter needs it because
 * each append reads the hash of the newest event and writes the next link: two appends from the
 * same process must never read the same "newest" hash.
 */
export class AsyncMutex {
  private tail: Promise<unknown> = Promise.resolve();

  runExclusive<T>(task: () => Promise<T>): Promise<T> {
    const result = this.tail.then(task);
    // A failed task must not block the ones queued behind it.
    this.tail = result.catch(() => undefined);
    return result;
  }
}
