// Choose one change (and its amount when it has one).
import { useState } from 'react';
import type { SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../shared/ui/button.tsx';
import { RadioGroup } from '../../../shared/ui/radio-group.tsx';
import { TextField } from '../../../shared/ui/text-field.tsx';
import { parseAmount } from '../utils/parse.ts';
import { CHANGES } from '../utils/what-if.ts';
import type { Change } from '../utils/what-if.ts';

export function WhatIfForm({
  couple,
  onChange,
  today,
}: {
  readonly couple: boolean;
  readonly onChange: (c: Change) => void;
  readonly today: string;
}) {
  const { t } = useTranslation('simulate');
  const [kind, setKind] = useState<(typeof CHANGES)[number]>();
  const [amount, setAmount] = useState('');
  const [error, setError] = useState<string>();
  const needsAmount = kind === 'job' || kind === 'move';
  const submit = (e: SyntheticEvent<HTMLFormElement>) => {
    e.preventDefault();
    const problem = !kind
      ? t('errors.choose')
      : kind === 'separation' && !couple
        ? t('whatIf.noCouple')
        : undefined;
    setError(problem);
    if (!kind || problem) return;
    if (!needsAmount) {
      onChange(kind === 'birth' ? { kind, date: today } : { kind });
      return;
    }
    const r = parseAmount(amount, { min: 0, max: kind === 'job' ? 30000 : 5000 });
    if (!r.ok) {
      setError(
        t(`errors.${r.error}`, { max: kind === 'job' ? '30 000 €' : '5 000 €', min: '0 €' }),
      );
      return;
    }
    onChange(kind === 'job' ? { kind, salary: r.value } : { kind, rent: r.value });
  };
  const errorProps = error ? { error } : {};
  return (
    <form onSubmit={submit} noValidate>
      <RadioGroup
        name="what-if"
        legend={t('whatIf.legend')}
        value={kind}
        onChange={(v) => {
          setKind(CHANGES.find((c) => c === v));
          setError(undefined);
        }}
        options={CHANGES.map((c) => ({ value: c, label: t(`whatIf.${c}`) }))}
        {...(needsAmount ? {} : errorProps)}
      />
      {needsAmount ? (
        <TextField
          label={`${t(kind === 'job' ? 'whatIf.jobAmount' : 'whatIf.rentAmount')} (${t('units.perMonth')})`}
          value={amount}
          onChange={setAmount}
          inputMode="decimal"
          {...errorProps}
        />
      ) : null}
      <Button type="submit">{t('whatIf.compare')}</Button>
    </form>
  );
}
