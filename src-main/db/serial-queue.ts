/**
 * Runs async units strictly one after another, in the order they were queued. A unit that
 * fails does not stop the ones behind it.
 */
export class SerialQueue {
  private tail: Promise<unknown> = Promise.resolve();

  run<T>(unit: () => Promise<T>): Promise<T> {
    const result = this.tail.then(unit, unit);
    this.tail = result.catch(() => undefined);
    return result;
  }
}
