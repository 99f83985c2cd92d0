// The messages API: the threads, and a new message (a new thread, or an answer in one).
import {
  messageThread,
  threadsResponse,
  type MessageRequest,
} from '../../../../shared/contracts/messages.ts';
import { call, jsonInit, type Me } from '../../forms/api/http.ts';

export const getThreads = () => call(threadsResponse, '/api/me/messages');

export const sendMessage = (me: Me, m: MessageRequest) =>
  call(messageThread, '/api/me/messages', jsonInit(me, 'POST', m));
