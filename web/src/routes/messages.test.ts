import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { MessagesRepository } from '../documents/messages-repo.ts';
import type { MessageThread } from '../../../src/shared/contracts/messages.ts';
import { testApp, type TestApp } from './__fixtures__/test-app.ts';

let t: TestApp;
beforeAll(async () => {
  t = await testApp();
});
afterAll(() => t.close());

async function post(who: string, payload: object) {
  return t.app.inject({
    method: 'POST',
    url: '/api/me/messages',
    headers: await t.loginAs(who),
    payload,
  });
}

describe('contact an organisation', () => {
  it('routes by topic, keeps the thread and shows the acknowledgement', async () => {
    const res = await post('lucas-essai', {
      topic: 'health',
      subject: 'Carte Vitale',
      text: 'Bonjour, ma carte Vitale ne fonctionne plus depuis mon déménagement.',
      documents: [],
    });
    expect(res.statusCode).toBe(201);
    const thread = res.json<MessageThread>();
    expect(thread.organisation).toBe('cpam');
    expect(thread.messages.map((m) => m.from)).toEqual(['me', 'organisation']);
    expect(thread.messages[1]?.text).toContain(thread.reference ?? 'absent');
    expect(t.app.services.inbox.received('cpam').some((d) => d.kind === 'message')).toBe(true);

    const reply = await post('lucas-essai', {
      threadId: thread.id,
      subject: 'Carte Vitale',
      text: 'Je joins ma nouvelle adresse dans ce message.',
      documents: [],
    });
    expect(reply.json<MessageThread>().messages).toHaveLength(4);
    const list = await t.app.inject({
      url: '/api/me/messages',
      headers: await t.loginAs('lucas-essai'),
    });
    expect(list.json<{ threads: MessageThread[] }>().threads.map((x) => x.id)).toEqual([thread.id]);
  });

  it('asks for a recipient and a real message, in French', async () => {
    const res = await post('lucas-essai', { subject: '', text: 'court', documents: [] });
    expect(res.statusCode).toBe(400);
    const paths = res.json<{ fields: { path: string }[] }>().fields.map((f) => f.path);
    expect(paths).toEqual(expect.arrayContaining(['subject', 'text']));
  });

  it('keeps other people out of a thread', async () => {
    const mine = (
      await post('nadia-exemple', {
        organisation: 'caf',
        subject: 'Prime d’activité',
        text: 'Bonjour, mon montant a baissé ce mois-ci, pourquoi ?',
        documents: [],
      })
    ).json<MessageThread>();
    const other = await post('lucas-essai', {
      threadId: mine.id,
      subject: 'x',
      text: 'Je lis la conversation de quelqu’un.',
      documents: [],
    });
    expect(other.statusCode).toBe(404);
  });
});

describe('when the organisation does not answer', () => {
  it('keeps the message in its thread, unanswered, while the organisation is down', async () => {
    const down = await testApp({ CONNECTOR_FAULTS: 'caf:error' });
    try {
      const headers = await down.loginAs('nadia-exemple');
      const res = await down.app.inject({
        method: 'POST',
        url: '/api/me/messages',
        headers,
        payload: {
          topic: 'housing',
          subject: 'APL',
          text: 'Bonjour, mon aide au logement a baissé ce mois-ci.',
          documents: [],
        },
      });
      expect(res.statusCode).toBe(201);
      const thread = res.json<MessageThread>();
      expect(thread.messages.map((m) => m.from)).toEqual(['me']);
      expect(thread.reference).toBeNull();
      const list = await down.app.inject({ url: '/api/me/messages', headers });
      expect(list.json<{ threads: MessageThread[] }>().threads[0]?.messages).toHaveLength(1);
      expect(down.app.services.inbox.received('caf')).toEqual([]);
    } finally {
      await down.close();
    }
  });
});

describe('a slow organisation', () => {
  it('is sent an unanswered message once however many reads of the threads run at once', async () => {
    const slow = await testApp({ CONNECTOR_FAULTS: 'caf:slow=300' });
    try {
      const headers = await slow.loginAs('nadia-exemple');
      const sub = (await slow.app.inject({ url: '/api/me', headers })).json<{
        user: { sub: string };
      }>().user.sub;
      // A message left unanswered (the organisation was down when it was written).
      const repo = new MessagesRepository(slow.db.db);
      const threadId = await repo.createThread(
        { userSub: sub, organisation: 'caf', subject: 'APL' },
        1000,
      );
      await repo.add(threadId, { author: 'me', text: 'Mon APL a baissé.', documents: [] }, 1000);
      const sent = vi.spyOn(slow.app.services.inbox, 'deliver');
      const reads = await Promise.all(
        Array.from({ length: 5 }, () => slow.app.inject({ url: '/api/me/messages', headers })),
      );
      expect(reads.every((r) => r.statusCode === 200)).toBe(true);
      const after = await slow.app.inject({ url: '/api/me/messages', headers });
      const thread = after.json<{ threads: MessageThread[] }>().threads[0];
      expect(thread?.messages.map((m) => m.from)).toEqual(['me', 'organisation']);
      expect(sent).toHaveBeenCalledTimes(1);
    } finally {
      await slow.close();
    }
  });
});
