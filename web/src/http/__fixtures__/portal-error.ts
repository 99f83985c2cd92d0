// What every API error answer must look like: the portal's shape, a French sentence, nothing of
// Fastify's default body (statusCode, English reason phrase) and no stack.
import { expect } from 'vitest';

const ENGLISH =
  /\b(the|is|not|error|request|body|must|should|invalid|exceeded|failed|unexpected)\b/i;
const FRENCH =
  /\b(le|la|les|de|du|des|vous|votre|pour|est|une|un|à|en|ce|cette|introuvable|connectez|veuillez)\b|[éèàùâêîôûç’]/i;

export function problemsOfErrorBody(raw: string): string[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    return ['not JSON'];
  }
  if (typeof parsed !== 'object' || parsed === null) return ['not an object'];
  const b = parsed as Record<string, unknown>;
  const problems: string[] = [];
  if (typeof b.error !== 'string') problems.push('no error code');
  if (typeof b.message !== 'string') problems.push('no message');
  if ('statusCode' in b) problems.push("Fastify's statusCode");
  if ('stack' in b || /\n\s+at /.test(raw)) problems.push('a stack');
  const message = String(b.message);
  if (ENGLISH.test(message) || !FRENCH.test(message)) problems.push(`not French: ${message}`);
  if (b.fields !== undefined && !Array.isArray(b.fields)) problems.push('fields not a list');
  return problems;
}

export function expectPortalError(raw: string, code?: string) {
  expect(problemsOfErrorBody(raw)).toEqual([]);
  if (code !== undefined) expect((JSON.parse(raw) as { error: string }).error).toBe(code);
}
