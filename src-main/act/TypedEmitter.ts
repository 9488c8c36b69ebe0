// A tiny typed event emitter: node's EventEmitter loses the payload types, and the UI, the
// console and the hub all listen to device and timer events.

export type Listener<Args extends unknown[]> = (...args: Args) => void;

export class TypedEmitter<Events extends Record<string, unknown[]>> {
  private listeners: { [K in keyof Events]?: Set<Listener<Events[K]>> } = {};

  /** Adds a listener; returns the function that removes it. */
  on<K extends keyof Events>(event: K, listener: Listener<Events[K]>): () => void {
    const set = this.listeners[event] ?? new Set<Listener<Events[K]>>();
    this.listeners[event] = set;
    set.add(listener);
    return () => this.off(event, listener);
  }

  off<K extends keyof Events>(event: K, listener: Listener<Events[K]>): void {
    this.listeners[event]?.delete(listener);
  }

  /** Calls every listener in turn; a listener that throws does not stop the others. */
  emit<K extends keyof Events>(event: K, ...args: Events[K]): void {
    for (const listener of [...(this.listeners[event] ?? [])]) {
      try {
        listener(...args);
      } catch (error) {
        // A broken listener (a UI panel, say) must not break device control or crash the app.
        const reason = error instanceof Error ? error.message : String(error);
        process.emitWarning(`A listener for "${String(event)}" failed: ${reason}`);
      }
    }
  }

  listenerCount(event: keyof Events): number {
    return this.listeners[event]?.size ?? 0;
  }

  removeAllListeners(): void {
    this.listeners = {};
  }
}
