import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { isAbort } from './api-error.js';

export type ResourceStatus = 'loading' | 'ready' | 'error';

/**
 * Loads something for an element: tracks loading / ready / error, re-renders its host, and
 * aborts the request when the host leaves the page. `reload()` keeps showing the old value
 * until the new one arrives.
 */
export class Resource<T> implements ReactiveController {
  status: ResourceStatus = 'loading';
  value: T | undefined;
  error: unknown;
  private abort: AbortController | undefined;
  private started = false;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly fetcher: (signal: AbortSignal) => Promise<T>,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    if (!this.started || this.status === 'loading') void this.reload();
  }

  hostDisconnected(): void {
    this.abort?.abort();
    this.abort = undefined;
  }

  async reload(): Promise<void> {
    this.started = true;
    this.abort?.abort();
    const abort = new AbortController();
    this.abort = abort;
    if (this.value === undefined) this.status = 'loading';
    this.host.requestUpdate();
    try {
      const value = await this.fetcher(abort.signal);
      if (abort.signal.aborted) return;
      this.value = value;
      this.status = 'ready';
      this.error = undefined;
    } catch (error) {
      if (isAbort(error) || abort.signal.aborted) return;
      this.error = error;
      this.status = 'error';
    }
    this.host.requestUpdate();
  }

  /** Replaces the value after a change the element made itself (no need to ask the server again). */
  set(value: T): void {
    this.value = value;
    this.status = 'ready';
    this.error = undefined;
    this.host.requestUpdate();
  }
}
