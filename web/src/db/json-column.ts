import type { z } from 'zod';

/** Reads a JSON text column through a schema: a row that does not parse is treated as absent. */
export function readJson<T>(schema: z.ZodType<T>, text: string): T | undefined {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return undefined;
  }
  const parsed = schema.safeParse(value);
  return parsed.success ? parsed.data : undefined;
}
