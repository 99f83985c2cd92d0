// The loop shared by the durable workers (the tell-us-once outbox, the alerts' scheduler): the
// work lives in the database; this only decides when to look. `drain()` runs passes until
// nothing is due (a kick during a run schedules one more), `start()` polls as a reminder.
export abstract class PollingWorker {
  #timer: NodeJS.Timeout | undefined;
  #running: Promise<number> | undefined;
  #again = false;

  /** One pass: claims and handles what is due, answers how many it handled. */
  abstract runOnce(): Promise<number>;

  /** Called once before each drain (e.g. to enqueue the day's planned work). */
  protected beforeDrain(): Promise<void> | void {
    return undefined;
  }

  /** Runs until nothing is due; a kick during a run schedules one more pass. */
  drain(): Promise<number> {
    if (this.#running) {
      this.#again = true;
      return this.#running;
    }
    const loop = async () => {
      let total = 0;
      await this.beforeDrain();
      do {
        let n;
        while ((n = await this.runOnce()) > 0) total += n;
      } while (this.#takeAgain());
      return total;
    };
    this.#running = loop().finally(() => {
      this.#running = undefined;
    });
    return this.#running;
  }

  #takeAgain(): boolean {
    const again = this.#again;
    this.#again = false;
    return again;
  }

  /** Polls every `intervalMs`: only a reminder to look, never the work itself. */
  start(intervalMs: number, onError: (e: unknown) => void) {
    const tick = () => {
      this.drain().catch(onError);
    };
    this.#timer = setInterval(tick, intervalMs);
    this.#timer.unref();
    tick();
  }

  kick(onError: (e: unknown) => void) {
    this.drain().catch(onError);
  }

  async stop() {
    if (this.#timer) clearInterval(this.#timer);
    this.#timer = undefined;
    await this.#running?.catch(() => undefined);
  }
}
