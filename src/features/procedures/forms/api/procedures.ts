// The procedures API: prefill, submission, "Mes démarches".
import {
  prefillResponse,
  procedureView,
  proceduresResponse,
  type ProcedureRequest,
} from '../../../../shared/contracts/procedures.ts';
import { call, jsonInit, type Me } from './http.ts';

export const getPrefill = (id: string) =>
  call(prefillResponse, `/api/me/procedures/${encodeURIComponent(id)}/prefill`);

export const sendProcedure = (me: Me, request: ProcedureRequest) =>
  call(procedureView, '/api/me/procedures', jsonInit(me, 'POST', request));

export const getProcedures = () => call(proceduresResponse, '/api/me/procedures');
