/**
 * Readiness of this instance for a load balancer or orchestrator: ready only
 * between start() (seeds imported, background workers running) and close().
 */
export type ReadinessPhase = 'starting' | 'ready' | 'stopping';

export class Readiness {
  private current: ReadinessPhase = 'starting';

  get phase(): ReadinessPhase {
    return this.current;
  }

  markReady(): void {
    // A close() that already began wins over a late start().
    if (this.current === 'starting') this.current = 'ready';
  }

  markStopping(): void {
    this.current = 'stopping';
  }
}
