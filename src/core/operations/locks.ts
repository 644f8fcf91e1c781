// One resize per cluster at a time in this window (F3): held from the pre-flight until the caller
// has finished following the resize. Terraform does the same with a per-cluster mutex (§6.1).

/** A release function; calling it more than once is harmless. */
export type ReleaseLock = () => void;

export class ResizeLocks {
  private readonly held = new Map<string, symbol>();

  /**
   * By cluster id alone: ids are UUIDs, and two connections (say the environment one and a saved
   * one) can reach the same project, so keying by connection would let both resize at once.
   */
  private static key(_connection: string, clusterId: string): string {
    return clusterId;
  }

  /** The release function, or undefined when a resize of this cluster holds the lock already. */
  tryAcquire(connection: string, clusterId: string): ReleaseLock | undefined {
    const key = ResizeLocks.key(connection, clusterId);
    if (this.held.has(key)) {
      return undefined;
    }
    const token = Symbol(key);
    this.held.set(key, token);
    return () => {
      // Only the holder's own token: a late second call must not free a newer holder's lock.
      if (this.held.get(key) === token) {
        this.held.delete(key);
      }
    };
  }

  isLocked(connection: string, clusterId: string): boolean {
    return this.held.has(ResizeLocks.key(connection, clusterId));
  }

  /** How many clusters are locked (for a status bar count). */
  get size(): number {
    return this.held.size;
  }
}
