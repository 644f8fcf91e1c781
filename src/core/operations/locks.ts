// One resize per cluster at a time in this window (F3): held from the pre-flight until following
// ends. Keyed by cluster id alone: ids are UUIDs, and two connections (the environment one and a
// saved one) can reach the same project. Other windows' resizes are seen in the journal instead.

/** A release function; calling it more than once is harmless. */
type ReleaseLock = () => void;

export class ResizeLocks {
  private readonly held = new Map<string, symbol>();

  /** The release function, or undefined when a resize of this cluster holds the lock already. */
  tryAcquire(clusterId: string): ReleaseLock | undefined {
    if (this.held.has(clusterId)) {
      return undefined;
    }
    const token = Symbol(clusterId);
    this.held.set(clusterId, token);
    return () => {
      // Only the holder's own token: a late second call must not free a newer holder's lock.
      if (this.held.get(clusterId) === token) {
        this.held.delete(clusterId);
      }
    };
  }

  isLocked(clusterId: string): boolean {
    return this.held.has(clusterId);
  }
}
