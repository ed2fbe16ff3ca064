import { EventEmitter } from 'node:events';

/** What a live page hears when an edition changes. */
export interface EditionEvent {
  readonly type: 'result' | 'ruling' | 'edition';
  readonly editionId: string;
  readonly version: number;
  /** What changed: the match, the ruling, or nothing for a whole edition. */
  readonly detail?: unknown;
}

/** The in-process bus behind the Server-Sent Events streams, one channel per edition. */
export class LiveEvents {
  readonly #emitter = new EventEmitter();

  constructor() {
    // Every open page listens: many listeners are expected.
    this.#emitter.setMaxListeners(0);
  }

  publish(event: EditionEvent): void {
    this.#emitter.emit(event.editionId, event);
  }

  subscribe(editionId: string, listener: (event: EditionEvent) => void): () => void {
    this.#emitter.on(editionId, listener);
    return () => this.#emitter.off(editionId, listener);
  }
}
