// Runs in a worker thread: builds attestation and mandate PDFs so that the server's event loop
// keeps answering other requests while one is laid out (several hundred milliseconds each).
import { parentPort, threadId } from 'node:worker_threads';
import type { RightsResponse } from '../../../src/shared/contracts/rights.ts';
import { attestationPdf } from './attestation.ts';
import { mandatePdf, type MandatePdfInput } from './mandate.ts';

export type PdfJob = { readonly id: number; readonly now: number } & (
  { readonly rights: RightsResponse } | { readonly mandate: MandatePdfInput }
);

export type PdfResult =
  | { readonly id: number; readonly pdf: Uint8Array; readonly threadId: number }
  | { readonly id: number; readonly error: string };

parentPort?.on('message', (job: PdfJob) => {
  ('mandate' in job ? mandatePdf(job.mandate, job.now) : attestationPdf(job.rights, job.now)).then(
    (buffer) => {
      // A copy in its own memory, handed over without copying again.
      const pdf = new Uint8Array(buffer);
      parentPort?.postMessage({ id: job.id, pdf, threadId } satisfies PdfResult, [pdf.buffer]);
    },
    (error: unknown) => {
      parentPort?.postMessage({
        id: job.id,
        error: error instanceof Error ? error.name : 'Error',
      } satisfies PdfResult);
    },
  );
});
