// The attestation PDF as a file in memory (for printing on a kiosk: never a download there).
import { ApiError } from './http.ts';

export const ATTESTATION_URL = '/api/me/attestation.pdf';

export async function fetchAttestation(): Promise<Blob> {
  const res = await fetch(ATTESTATION_URL, { credentials: 'same-origin' });
  if (!res.ok) throw new ApiError(res.status, res.statusText);
  return res.blob();
}
