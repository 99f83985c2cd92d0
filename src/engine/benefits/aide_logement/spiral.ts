// RSA and housing aid depend on each other month by month: the aid of M neutralises resources
// when RSA was paid in M-1, and RSA of M deducts a forfait when housing aid is paid in M. As in
// OpenFisca (max_spiral_loops = 1), the chain stops at its first repetition, which takes the
// default value: rsa(M) uses the aid of M computed as if no RSA was paid in M-1; the aid of M
// uses rsa(M-1) computed as if no aid was paid in M-1. Two steps, memoised: always cheap.
import type { Context, MonthPeriod } from '../../contract.ts';
import { addMonths, formatPeriod } from '../../period.ts';
import { rsaCore, type RsaComputation } from '../rsa/montant.ts';
import { alCore, type AlComputation } from './montant.ts';
import { chomageNonIndemnise, type Neutralisation } from './ressources.ts';

function alWith(ctx: Context, m: MonthPeriod, why: Neutralisation): AlComputation {
  return ctx.memo(`al.${why}@${formatPeriod(m)}`, () => alCore(ctx, m, why));
}

/** The housing aid of M as the RSA of M sees it (RSA of M-1 taken as not paid). */
export function aideLogementForRsa(ctx: Context, m: MonthPeriod): AlComputation {
  return alWith(ctx, m, chomageNonIndemnise(ctx, m) ? 'chomage' : 'none');
}

/** The RSA of M-1 as the housing aid of M sees it (housing aid of M-1 taken as not paid). */
export function rsaPreviousMonth(ctx: Context, m: MonthPeriod): RsaComputation {
  const prev = addMonths(m, -1);
  return ctx.memo(`rsa.sans-al@${formatPeriod(prev)}`, () => rsaCore(ctx, prev, 0, false));
}

export function aideLogement(ctx: Context, m: MonthPeriod): AlComputation {
  if (chomageNonIndemnise(ctx, m)) return alWith(ctx, m, 'chomage');
  return alWith(ctx, m, rsaPreviousMonth(ctx, m).amount > 0 ? 'rsa' : 'none');
}

export function rsaOfMonth(ctx: Context, m: MonthPeriod): RsaComputation {
  return ctx.memo(`rsa@${formatPeriod(m)}`, () =>
    rsaCore(ctx, m, aideLogementForRsa(ctx, m).amount),
  );
}
