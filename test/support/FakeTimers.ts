/** A manual clock for pollers: timers run only when the test (or the bench) advances it. */
export class FakeTimers {
  now = 0;
  private timers: Array<{ at: number; fn: () => void; id: number }> = [];
  private seq = 0;
  set = (fn: () => void, ms: number): number => {
    this.timers.push({ at: this.now + ms, fn, id: ++this.seq });
    return this.seq;
  };
  clear = (id: unknown): void => {
    this.timers = this.timers.filter((t) => t.id !== id);
  };
  get pending(): number[] {
    return this.timers.map((t) => t.at - this.now);
  }
  /**
   * Runs every timer due until now + ms, in order; after each one, `settle` lets its work finish
   * (a few microtask turns by default; pass one that waits for real I/O when the work does HTTP).
   */
  async advance(ms: number, settle: () => Promise<void> = microtasks): Promise<void> {
    const until = this.now + ms;
    for (;;) {
      const due = this.timers.filter((t) => t.at <= until).sort((a, b) => a.at - b.at)[0];
      if (!due) {
        break;
      }
      this.timers = this.timers.filter((t) => t !== due);
      this.now = due.at;
      due.fn();
      await settle();
    }
    this.now = until;
  }
}

async function microtasks(): Promise<void> {
  for (let i = 0; i < 10; i++) {
    await Promise.resolve();
  }
}
