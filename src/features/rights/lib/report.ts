// The same checks as the server (web/src/db/error-reports.ts), so that a mistake is told in
// French before anything is sent. Error codes are catalogue keys.
export interface ReportErrors {
  readonly organisation?: 'organisationMissing';
  readonly message?: 'messageShort' | 'messageLong';
}

export const MESSAGE_MIN = 10;
export const MESSAGE_MAX = 2000;

export function checkReport(input: { organisation: string; message: string }): ReportErrors {
  const length = input.message.trim().length;
  return {
    ...(input.organisation === '' ? { organisation: 'organisationMissing' as const } : {}),
    ...(length < MESSAGE_MIN
      ? { message: 'messageShort' as const }
      : length > MESSAGE_MAX
        ? { message: 'messageLong' as const }
        : {}),
  };
}
