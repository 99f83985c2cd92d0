// DSFR stepper: "Étape 2 sur 5", the current step's title and the next one.
import '@gouvfr/dsfr/dist/component/stepper/stepper.main.min.css';
export interface StepperProps {
  readonly current: number;
  readonly count: number;
  readonly title: string;
  /** "Étape 2 sur 5", already translated. */
  readonly stateLabel: string;
  /** "Étape suivante : Logement", already translated; absent on the last step. */
  readonly nextLabel?: string;
}

export function Stepper({ current, count, title, stateLabel, nextLabel }: StepperProps) {
  return (
    <div className="fr-stepper">
      <h2 className="fr-stepper__title">
        {title}
        <span className="fr-stepper__state">{stateLabel}</span>
      </h2>
      <div className="fr-stepper__steps" data-fr-current-step={current} data-fr-steps={count} />
      {nextLabel ? <p className="fr-stepper__details">{nextLabel}</p> : null}
    </div>
  );
}
