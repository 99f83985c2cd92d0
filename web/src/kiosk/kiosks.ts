// The kiosks of the reception areas: enrolment codes (issued by an agent of the area, one-time
// or reusable, with an expiry), the enrolled kiosks (only the SHA-256 of their token is kept),
// their check-ins, their withdrawal by an agent and the fleet status. Nothing personal: a
// reception area, a device, its version and times.
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import type { Kysely, Selectable } from 'kysely';
import { z } from 'zod';
import {
  KIOSK_DELAYS,
  type KioskSettings,
  type KioskStatus,
} from '../../../src/shared/contracts/kiosk.ts';
import type { Database, ReceptionAreasTable } from '../db/schema.ts';

export const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex');

/** Codes compare without case or surrounding spaces (they are read aloud and typed). */
export const normaliseCode = (code: string): string => code.trim().toUpperCase();

/** Crockford's base32 (no I, L, O, U): 12 characters are 60 bits, shown as XXXX-XXXX-XXXX. */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
export function newCode(): string {
  const chars = [...randomBytes(12)].map((b) => ALPHABET[b % 32] ?? '0').join('');
  return `${chars.slice(0, 4)}-${chars.slice(4, 8)}-${chars.slice(8)}`;
}

/** What an agent may choose for the kiosks a code enrols. */
export const codeSettings = z
  .object({
    idleSeconds: z.number().int().min(KIOSK_DELAYS.idleMin),
    warningSeconds: z.number().int().min(KIOSK_DELAYS.warningMin),
    printer: z.boolean(),
    languages: z.array(z.string()).min(1),
  })
  .partial();
export type CodeSettings = z.infer<typeof codeSettings>;

const texts = z.array(z.string());
function parseTexts(json: string): string[] {
  try {
    const parsed = texts.safeParse(JSON.parse(json));
    return parsed.success ? parsed.data : [];
  } catch {
    return [];
  }
}
function parseSettings(json: string | null): CodeSettings {
  if (!json) return {};
  try {
    const parsed = codeSettings.safeParse(JSON.parse(json));
    return parsed.success ? parsed.data : {};
  } catch {
    return {};
  }
}

type AreaRow = Selectable<ReceptionAreasTable>;

/** The area's configuration, then the code's choices, then the kiosk's own shorter delays. */
function settingsOf(area: AreaRow, code: CodeSettings, own: CodeSettings): KioskSettings {
  const areaLanguages = parseTexts(area.languages);
  return {
    receptionAreaId: area.id,
    receptionName: area.name,
    organisation: area.organisation,
    printer: own.printer ?? code.printer ?? area.printer === 1,
    languages:
      own.languages ?? code.languages ?? (areaLanguages.length > 0 ? areaLanguages : ['fr']),
    idleSeconds: own.idleSeconds ?? code.idleSeconds ?? area.idle_seconds,
    warningSeconds: own.warningSeconds ?? code.warningSeconds ?? area.warning_seconds,
    agents: parseTexts(area.agents),
  };
}

export interface EnrolledKiosk {
  readonly kioskId: string;
  readonly token: string;
  readonly config: KioskSettings;
}

/** The kiosk behind a token, with its reception area's structure. */
export interface KioskIdentity {
  readonly id: string;
  readonly receptionAreaId: string;
  readonly siret: string;
}

export interface NewArea {
  readonly id: string;
  readonly name: string;
  readonly organisation: string;
  readonly siret: string;
  readonly printer: boolean;
  readonly languages: readonly string[];
  readonly idleSeconds: number;
  readonly warningSeconds: number;
  readonly agents: readonly string[];
}

export class KioskRepository {
  readonly #db: Kysely<Database>;

  constructor(db: Kysely<Database>) {
    this.#db = db;
  }

  /** Creates or refreshes a reception area (demo data, or an area created for a structure). */
  async saveArea(a: NewArea): Promise<void> {
    const row = {
      id: a.id,
      name: a.name,
      organisation: a.organisation,
      siret: a.siret,
      printer: a.printer ? 1 : 0,
      languages: JSON.stringify(a.languages),
      idle_seconds: a.idleSeconds,
      warning_seconds: a.warningSeconds,
      agents: JSON.stringify(a.agents),
    };
    const { id: _id, ...rest } = row;
    await this.#db
      .insertInto('reception_areas')
      .values(row)
      .onConflict((oc) => oc.column('id').doUpdateSet(rest))
      .execute();
  }

  /** The structure's reception area; one is created under its name when it has none yet. */
  async areaOfStructure(siret: string, structure: string): Promise<string> {
    const found = await this.#db
      .selectFrom('reception_areas')
      .select('id')
      .where('siret', '=', siret)
      .orderBy('id')
      .executeTakeFirst();
    if (found) return found.id;
    const id = `accueil-${siret}`;
    await this.#db
      .insertInto('reception_areas')
      .values({
        id,
        name: structure,
        organisation: structure,
        siret,
        printer: 0,
        languages: JSON.stringify(['fr']),
        idle_seconds: KIOSK_DELAYS.idleDefault,
        warning_seconds: KIOSK_DELAYS.warningDefault,
        agents: JSON.stringify(['Accueil']),
      })
      .onConflict((oc) => oc.column('id').doNothing())
      .execute();
    return id;
  }

  /** Keeps a code (its hash only) for that area; the caller shows the code once. */
  async saveCode(
    code: string,
    o: { areaId: string; reusable: boolean; expiresAt: number; settings: CodeSettings },
  ): Promise<void> {
    const row = {
      code: sha256(normaliseCode(code)),
      reception_area_id: o.areaId,
      reusable: o.reusable ? 1 : 0,
      expires_at: o.expiresAt,
      used_at: null,
      settings: JSON.stringify(o.settings),
    };
    await this.#db
      .insertInto('kiosk_enrolment_codes')
      .values(row)
      .onConflict((oc) =>
        oc.column('code').doUpdateSet({
          reception_area_id: row.reception_area_id,
          reusable: row.reusable,
          expires_at: row.expires_at,
          settings: row.settings,
        }),
      )
      .execute();
  }

  async deleteCode(code: string): Promise<void> {
    await this.#db
      .deleteFrom('kiosk_enrolment_codes')
      .where('code', '=', sha256(normaliseCode(code)))
      .execute();
  }

  /**
   * Spends the code (a one-time code once, a reusable one until it expires) and enrols a new
   * kiosk; null when the code is unknown, spent or expired. The spending is one conditional
   * update: two devices racing for a one-time code never both get in.
   */
  async enrol(code: string, own: CodeSettings, now: number): Promise<EnrolledKiosk | null> {
    const hash = sha256(normaliseCode(code));
    return this.#db.transaction().execute(async (trx) => {
      const spent = await trx
        .updateTable('kiosk_enrolment_codes')
        .set({ used_at: now })
        .where('code', '=', hash)
        .where('expires_at', '>', now)
        .where((eb) => eb.or([eb('reusable', '=', 1), eb('used_at', 'is', null)]))
        .executeTakeFirst();
      if (Number(spent.numUpdatedRows) !== 1) return null;
      const found = await trx
        .selectFrom('kiosk_enrolment_codes')
        .innerJoin(
          'reception_areas',
          'reception_areas.id',
          'kiosk_enrolment_codes.reception_area_id',
        )
        .selectAll('reception_areas')
        .select('kiosk_enrolment_codes.settings as code_settings')
        .where('kiosk_enrolment_codes.code', '=', hash)
        .executeTakeFirst();
      if (!found) return null;
      const { code_settings: codeJson, ...area } = found;
      const kioskId = randomUUID();
      const token = randomBytes(32).toString('base64url');
      await trx
        .insertInto('kiosks')
        .values({
          id: kioskId,
          reception_area_id: area.id,
          token_hash: sha256(token),
          enrolled_at: now,
          app_version: null,
          last_check_in: null,
          last_reset: null,
        })
        .execute();
      return { kioskId, token, config: settingsOf(area, parseSettings(codeJson), own) };
    });
  }

  /** The enrolled, not withdrawn kiosk holding this token. */
  async byToken(token: string): Promise<KioskIdentity | null> {
    const row = await this.#db
      .selectFrom('kiosks')
      .innerJoin('reception_areas', 'reception_areas.id', 'kiosks.reception_area_id')
      .select(['kiosks.id', 'kiosks.reception_area_id', 'reception_areas.siret'])
      .where('kiosks.token_hash', '=', sha256(token))
      .where('kiosks.revoked_at', 'is', null)
      .executeTakeFirst();
    return row ? { id: row.id, receptionAreaId: row.reception_area_id, siret: row.siret } : null;
  }

  /** A check-in: the version it runs, the time it spent offline since the last one, its last reset. */
  async checkIn(
    kioskId: string,
    c: { appVersion: string; offlineMs: number; lastReset?: number | undefined },
    now: number,
  ): Promise<void> {
    await this.#db
      .updateTable('kiosks')
      .set((eb) => ({
        app_version: c.appVersion,
        last_check_in: now,
        offline_ms: eb('offline_ms', '+', c.offlineMs),
        ...(c.lastReset === undefined ? {} : { last_reset: c.lastReset }),
      }))
      .where('id', '=', kioskId)
      .execute();
  }

  async revoke(kioskId: string, now: number): Promise<void> {
    await this.#db
      .updateTable('kiosks')
      .set({ revoked_at: now })
      .where('id', '=', kioskId)
      .where('revoked_at', 'is', null)
      .execute();
  }

  /** The enrolled kiosks, of one structure or (siret null: the operator) of all. */
  async status(siret: string | null): Promise<KioskStatus[]> {
    let query = this.#db
      .selectFrom('kiosks')
      .innerJoin('reception_areas', 'reception_areas.id', 'kiosks.reception_area_id')
      .select([
        'kiosks.id',
        'reception_areas.name',
        'reception_areas.organisation',
        'kiosks.app_version',
        'kiosks.last_check_in',
        'kiosks.offline_ms',
        'kiosks.last_reset',
      ])
      .where('kiosks.revoked_at', 'is', null)
      .orderBy('reception_areas.name')
      .orderBy('kiosks.enrolled_at')
      .orderBy('kiosks.id');
    if (siret !== null) query = query.where('reception_areas.siret', '=', siret);
    const rows = await query.execute();
    return rows.map((r) => ({
      kioskId: r.id,
      receptionName: r.name,
      organisation: r.organisation,
      appVersion: r.app_version,
      lastCheckIn: r.last_check_in,
      offlineMs: r.offline_ms,
      lastReset: r.last_reset,
    }));
  }
}
