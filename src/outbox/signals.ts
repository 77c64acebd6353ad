/**
 * A small in-process bridge between whoever enqueues and the outbox worker:
 * "there is work" (so a post goes out at once, not at the next poll) and
 * "message N is settled" (so the author can hear where it went).
 */
import { EventEmitter } from 'node:events';

export type Settlement = 'sent' | 'failed';

export class OutboxSignals {
  private readonly events = new EventEmitter();

  constructor() {
    this.events.setMaxListeners(0);
  }

  kick(): void {
    this.events.emit('kick');
  }

  onKick(listener: () => void): () => void {
    this.events.on('kick', listener);
    return () => this.events.off('kick', listener);
  }

  settled(id: number, how: Settlement): void {
    this.events.emit(`settled:${id}`, how);
  }

  /** Resolves with how message `id` settled, or 'pending' if it did not within `timeoutMs`. */
  waitFor(id: number, timeoutMs: number): Promise<Settlement | 'pending'> {
    return new Promise((resolve) => {
      const listener = (how: Settlement) => {
        clearTimeout(timer);
        resolve(how);
      };
      const timer = setTimeout(() => {
        this.events.off(`settled:${id}`, listener);
        resolve('pending');
      }, timeoutMs);
      this.events.once(`settled:${id}`, listener);
    });
  }
}
