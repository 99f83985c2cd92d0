// The assisted mode in "Mes données": the export has the person's mandates (with the consent
// proof), their journal and their shares. Erasure revokes the mandates still running, forgets
// the identity agents acted with and the shares; the journal is kept, a legal trace of what was
// done in the person's name (docs/adr/0025-assisted-server-mandat.md).
import type { Services } from '../services.ts';
import { lineOf } from './access.ts';
import { statusAt, viewOf } from './rules.ts';

export async function exportAssisted(services: Services, sub: string) {
  const { mandates, journal, shares } = services.assisted;
  const now = services.now();
  const [list, entries, shared] = await Promise.all([
    mandates.forPerson(sub),
    journal.forPerson(sub),
    shares.forPerson(sub),
  ]);
  return {
    mandates: {
      source: 'Vous (accord donné avec FranceConnect à une structure d’accompagnement)',
      items: list.map((m) => ({
        ...viewOf(m, now, null),
        consentProof: {
          personSub: m.person?.sub ?? null,
          consentedAt: m.consentedAt,
          summaryHash: m.consentSummaryHash,
        },
      })),
    },
    assistedJournal: {
      source: 'Droits360 (« Mon historique d’accompagnement » : chaque action sous un mandat)',
      items: entries,
    },
    shares: {
      source: 'Vous (simulations partagées avec un conseiller par un code)',
      items: shared,
    },
  };
}

export async function eraseAssisted(services: Services, sub: string): Promise<void> {
  const { mandates, journal, shares } = services.assisted;
  const now = services.now();
  for (const m of await mandates.forPerson(sub)) {
    const running = statusAt(m, now) === 'actif';
    if (running && (await mandates.revoke(m.id, 'personne', now)))
      await journal.append(
        lineOf(m, 'revoque-par-personne', {
          agent: null,
          at: now,
          detail: 'effacement-des-donnees',
        }),
      );
  }
  await mandates.forgetIdentity(sub);
  await shares.deleteForPerson(sub);
}
