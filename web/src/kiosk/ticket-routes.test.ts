import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  KIOSK_MESSAGES,
  type AgentTicketsResponse,
  type KioskEnrolmentResponse,
  type KioskTicketResponse,
  type TakenTicket,
} from '../../../src/shared/contracts/kiosk.ts';
import { testDialect } from '../db/__fixtures__/test-database.ts';
import { kioskApp, kioskHeaders, ORIGIN, type KioskApp } from './__fixtures__/kiosk-app.ts';

let t: KioskApp;
let kiosk: KioskEnrolmentResponse;
beforeAll(async () => {
  t = await kioskApp();
  kiosk = await t.enrol();
});
afterAll(() => t.close());

const askAgent = (headers: Record<string, string> = kioskHeaders(kiosk.token)) =>
  t.app.inject({ method: 'POST', url: '/api/borne/tickets', headers });

async function newTicket(): Promise<KioskTicketResponse> {
  const res = await askAgent();
  expect(res.statusCode).toBe(201);
  return res.json<KioskTicketResponse>();
}

async function waiting(login: string): Promise<AgentTicketsResponse['tickets']> {
  const res = await t.app.inject({
    method: 'GET',
    url: '/api/agent/tickets',
    headers: await t.agent(login),
  });
  expect(res.statusCode).toBe(200);
  return res.json<AgentTicketsResponse>().tickets;
}

const act = async (login: string, id: string, verb: 'prendre' | 'terminer') =>
  t.app.inject({
    method: 'POST',
    url: `/api/agent/tickets/${id}/${verb}`,
    headers: await t.agent(login),
  });

describe(`"Demander un conseiller" tickets on ${testDialect}`, () => {
  it('puts a numbered ticket, with no name, on the waiting list of the kiosk’s structure only', async () => {
    const ticket = await newTicket();
    expect(Object.keys(ticket).sort()).toEqual(['createdAt', 'id', 'number']);
    expect(ticket.number).toMatch(/^A-\d{3}$/);
    const listed = await waiting('agent-fs');
    expect(listed).toContainEqual({
      id: ticket.id,
      number: ticket.number,
      createdAt: ticket.createdAt,
      receptionName: 'France Services Démo de Saint-Flour',
    });
    expect((await waiting('manager-fs')).map((x) => x.id)).toContain(ticket.id);
    expect((await waiting('agent-ccas')).map((x) => x.id)).not.toContain(ticket.id);
    const anonymous = await t.app.inject({ method: 'GET', url: '/api/agent/tickets' });
    expect(anonymous.statusCode).toBe(401);
  });

  it('refuses a ticket to a device that is not an enrolled kiosk', async () => {
    const res = await askAgent({ origin: ORIGIN });
    expect(res.statusCode).toBe(401);
    expect(res.json()).toEqual({
      error: 'kiosk_unauthenticated',
      message: KIOSK_MESSAGES.kioskUnauthenticated,
    });
    expect((await askAgent(kioskHeaders('y'.repeat(43)))).statusCode).toBe(401);
  });

  it('lets one agent take a waiting ticket, which leaves the list; a second take is a 409', async () => {
    const ticket = await newTicket();
    const taken = await act('agent-fs', ticket.id, 'prendre');
    expect(taken.statusCode).toBe(200);
    expect(taken.json<TakenTicket>()).toMatchObject({
      id: ticket.id,
      number: ticket.number,
      status: 'taken',
      receptionName: 'France Services Démo de Saint-Flour',
    });
    expect((await waiting('agent-fs')).map((x) => x.id)).not.toContain(ticket.id);
    const again = await act('manager-fs', ticket.id, 'prendre');
    expect(again.statusCode).toBe(409);
    expect(again.json()).toEqual({ error: 'ticket_taken', message: KIOSK_MESSAGES.ticketTaken });

    const byOther = await act('manager-fs', ticket.id, 'terminer');
    expect(byOther.statusCode).toBe(409);
    expect(byOther.json()).toMatchObject({ error: 'ticket_not_yours' });
    expect((await act('agent-fs', ticket.id, 'terminer')).statusCode).toBe(204);
    expect((await act('agent-fs', ticket.id, 'terminer')).statusCode).toBe(204);
  });

  it('gives a ticket to exactly one of two agents who take it at the same moment', async () => {
    const ticket = await newTicket();
    const [a, b] = await Promise.all([
      act('agent-fs', ticket.id, 'prendre'),
      act('manager-fs', ticket.id, 'prendre'),
    ]);
    expect([a.statusCode, b.statusCode].sort()).toEqual([200, 409]);
  });

  it('hides the tickets of another structure, and says so in French', async () => {
    const ticket = await newTicket();
    const foreign = await act('agent-ccas', ticket.id, 'prendre');
    expect(foreign.statusCode).toBe(404);
    expect(foreign.json()).toEqual({
      error: 'ticket_not_found',
      message: KIOSK_MESSAGES.ticketNotFound,
    });
    const malformed = await act('agent-fs', 'pas-un-ticket', 'prendre');
    expect(malformed.statusCode).toBe(400);
    expect(malformed.json()).toMatchObject({
      fields: [{ path: 'id', message: 'Ticket : identifiant invalide.' }],
    });
  });

  it('gives one ticket for a request sent twice with the same Idempotency-Key', async () => {
    const before = (await waiting('agent-fs')).length;
    const headers = { ...kioskHeaders(kiosk.token), 'idempotency-key': 'ticket-once-1' };
    const first = await askAgent(headers);
    const second = await askAgent(headers);
    expect([first.statusCode, second.statusCode]).toEqual([201, 201]);
    expect(second.headers['idempotent-replayed']).toBe('true');
    expect(second.json()).toEqual(first.json());
    expect(await waiting('agent-fs')).toHaveLength(before + 1);
    // Another kiosk with the same key is another request.
    const other = await t.enrol();
    const elsewhere = await askAgent({
      ...kioskHeaders(other.token),
      'idempotency-key': 'ticket-once-1',
    });
    expect(elsewhere.json<KioskTicketResponse>().id).not.toBe(first.json<KioskTicketResponse>().id);
  });
});

describe('the kiosk’s token instead of a person’s CSRF token', () => {
  it('lets a kiosk with a person’s session ask for an agent without that person’s token, Origin still checked', async () => {
    const person = await t.loginAs('nadia-exemple');
    const { 'x-csrf-token': _personCsrf, ...personCookie } = person;
    const withToken = await askAgent({ ...personCookie, ...kioskHeaders(kiosk.token) });
    expect(withToken.statusCode).toBe(201);
    const crossSite = await askAgent({
      ...personCookie,
      ...kioskHeaders(kiosk.token),
      origin: 'https://evil.example',
    });
    expect(crossSite.statusCode).toBe(403);
    expect(crossSite.json()).toMatchObject({ error: 'csrf' });
    const noOrigin = await askAgent({ authorization: `Bearer ${kiosk.token}` });
    expect(noOrigin.statusCode).toBe(403);
    // Without the kiosk's token, the person's cookie still needs the person's CSRF token.
    const cookieOnly = await askAgent(personCookie);
    expect(cookieOnly.statusCode).toBe(403);
    expect(cookieOnly.json()).toMatchObject({ error: 'csrf' });
  });
});
