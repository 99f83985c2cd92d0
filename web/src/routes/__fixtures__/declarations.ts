// One move that every declaration test sends: a real commune of the official list, in the past.
export const brestMove = {
  kind: 'address',
  line: '3 quai de la Douane',
  postalCode: '29200',
  communeCode: '29019',
  commune: 'Brest',
  since: '2026-09-15',
} as const;
