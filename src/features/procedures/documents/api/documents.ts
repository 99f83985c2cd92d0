// The documents API: list, upload (multipart, the server checks type and size), delete.
import { documentView, documentsResponse } from '../../../../shared/contracts/documents.ts';
import { ApiError, call, jsonInit, sendRaw, type Me } from '../../forms/api/http.ts';

export const getDocuments = () => call(documentsResponse, '/api/me/documents');

export function uploadDocument(me: Me, file: File) {
  const body = new FormData();
  body.append('file', file, file.name);
  return call(documentView, '/api/me/documents', {
    method: 'POST',
    headers: { 'x-csrf-token': me.csrfToken },
    body,
  });
}

export async function deleteDocument(me: Me, id: string): Promise<void> {
  const res = await sendRaw(`/api/me/documents/${encodeURIComponent(id)}`, jsonInit(me, 'DELETE'));
  // Already gone (deleted from another tab) is what the person wanted.
  if (!res.ok && res.status !== 404) throw new ApiError(res.status, res.statusText);
}

export const documentUrl = (id: string) => `/api/me/documents/${encodeURIComponent(id)}/file`;
