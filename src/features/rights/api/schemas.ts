// Shapes the server answers that have no shared contract yet (preferences, error reports,
// personal data): parsed at the boundary like the others.
import * as z from 'zod/mini';

export const preferences = z.object({
  pinned: z.array(z.string()),
  hidden: z.array(z.string()),
});
export type Preferences = z.infer<typeof preferences>;

export const REPORT_STATUSES = [
  'received',
  'forwarded',
  'in-review',
  'corrected',
  'rejected',
] as const;

export const errorReport = z.object({
  id: z.string(),
  organisation: z.string(),
  subject: z.string(),
  message: z.string(),
  status: z.enum(REPORT_STATUSES),
  createdAt: z.number(),
  updatedAt: z.number(),
  events: z.array(
    z.object({ status: z.enum(REPORT_STATUSES), note: z.nullable(z.string()), at: z.number() }),
  ),
});
export type ErrorReport = z.infer<typeof errorReport>;
export const errorReports = z.object({ reports: z.array(errorReport) });

const held = z.looseObject({
  source: z.optional(z.string()),
  items: z.optional(z.array(z.unknown())),
});
export const personalData = z.looseObject({
  exportedAt: z.string(),
  identity: z.optional(held),
  account: z.optional(z.nullable(held)),
  preferences: z.optional(held),
  errorReports: z.optional(held),
  declarations: z.optional(held),
  documents: z.optional(held),
  procedures: z.optional(held),
  messages: z.optional(held),
  organisationCopies: z.optional(held),
});
export type PersonalData = z.infer<typeof personalData>;
