// How long a form took to show: from the panel's creation to the webview's first complete render,
// with the host's reading and the webview's `ready` on the way (npm run bench reads it).
import { performance } from 'node:perf_hooks';
import type { RenderTimings } from '../../shared/resizeForm';

/** Milliseconds from the panel's creation: the first render, the host's reads, the webview's `ready`. */
export interface FirstRender {
  readonly ms: number;
  readonly loaded?: number;
  readonly ready?: number;
  /** The webview's own marks (since its document started loading). */
  readonly webview: RenderTimings;
}

/** Started when the panel is made (before its webview), so that the figure includes making it. */
export class RenderMarks {
  /** From opening to the form's first complete render, with where the time went. */
  readonly firstRender: Promise<FirstRender>;
  private readonly openedAt: number;
  private readonly marks: { loaded?: number; ready?: number } = {};
  private resolve: ((r: FirstRender) => void) | undefined;

  constructor(private readonly now: () => number = () => performance.now()) {
    this.openedAt = now();
    this.firstRender = new Promise<FirstRender>((resolve) => (this.resolve = resolve));
  }

  /** The host has read the cluster (the first time counts). */
  loaded(): void {
    this.marks.loaded ??= this.since();
  }

  /** The webview said `ready` (the first time counts). */
  ready(): void {
    this.marks.ready ??= this.since();
  }

  /** The webview painted the form; later renders change nothing. */
  rendered(webview: RenderTimings): void {
    this.resolve?.({ ms: this.since(), ...this.marks, webview });
    this.resolve = undefined;
  }

  private since(): number {
    return this.now() - this.openedAt;
  }
}
