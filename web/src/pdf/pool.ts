// A small pool of worker threads for the attestation PDF: at most `size` built at once (one per
// core, two at most), at most `queue` waiting; past that the server says it is busy (503)
// rather than letting PDFs pile up in memory. Threads start on first use and are reused.
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { RightsResponse } from '../../../src/shared/contracts/rights.ts';
import { HttpError } from '../http/errors.ts';
import type { PdfJob, PdfResult } from './attestation-worker.ts';
import type { MandatePdfInput } from './mandate.ts';

interface Waiting {
  readonly job: PdfJob;
  resolve(r: { pdf: Buffer; threadId: number }): void;
  reject(e: Error): void;
}

export interface PdfPoolOptions {
  readonly size?: number;
  readonly queue?: number;
}

export class PdfPool {
  readonly size: number;
  readonly queue: number;
  readonly #idle: Worker[] = [];
  readonly #all = new Set<Worker>();
  readonly #waiting: Waiting[] = [];
  readonly #running = new Map<number, Waiting>();
  #next = 1;
  /** Most PDFs built at the same time so far (tests read it). */
  peak = 0;

  constructor(o: PdfPoolOptions = {}) {
    this.size = o.size ?? Math.max(1, Math.min(2, availableParallelism() - 1));
    this.queue = o.queue ?? 16;
  }

  render(rights: RightsResponse, now: number): Promise<{ pdf: Buffer; threadId: number }> {
    return this.#enqueue({ id: this.#next++, rights, now });
  }

  /** The printable mandate of the assisted mode. */
  renderMandate(mandate: MandatePdfInput, now: number): Promise<{ pdf: Buffer; threadId: number }> {
    return this.#enqueue({ id: this.#next++, mandate, now });
  }

  #enqueue(job: PdfJob): Promise<{ pdf: Buffer; threadId: number }> {
    if (this.#waiting.length >= this.queue)
      return Promise.reject(
        new HttpError(
          503,
          'busy',
          'Beaucoup d’attestations sont en cours de préparation : réessayez dans un instant.',
          { headers: { 'retry-after': '5' } },
        ),
      );
    return new Promise((resolve, reject) => {
      this.#waiting.push({ job, resolve, reject });
      this.#pump();
    });
  }

  #pump() {
    while (this.#waiting.length > 0 && this.#running.size < this.size) {
      const w = this.#idle.pop() ?? this.#spawn();
      const task = this.#waiting.shift();
      if (!task) break;
      this.#running.set(task.job.id, task);
      this.peak = Math.max(this.peak, this.#running.size);
      (w as Worker & { task?: number }).task = task.job.id;
      w.postMessage(task.job);
    }
  }

  #spawn(): Worker {
    const w = new Worker(new URL('./attestation-worker.ts', import.meta.url));
    w.unref();
    this.#all.add(w);
    w.on('message', (r: PdfResult) => {
      const task = this.#running.get(r.id);
      this.#running.delete(r.id);
      this.#idle.push(w);
      if ('error' in r) task?.reject(new Error(`PDF : ${r.error}`));
      else task?.resolve({ pdf: Buffer.from(r.pdf), threadId: r.threadId });
      this.#pump();
    });
    w.on('error', (error: Error) => {
      this.#all.delete(w);
      const id = (w as Worker & { task?: number }).task;
      const task = id === undefined ? undefined : this.#running.get(id);
      if (id !== undefined) this.#running.delete(id);
      task?.reject(error);
      this.#pump();
    });
    return w;
  }

  async close() {
    const all = [...this.#all];
    this.#all.clear();
    this.#idle.length = 0;
    await Promise.all(all.map((w) => w.terminate()));
  }
}
