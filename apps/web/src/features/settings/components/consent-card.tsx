import type { User } from '@hormohelp/contracts';
import { type ReactNode, type RefObject, useEffect, useId, useRef, useState } from 'react';
import { Link } from 'react-router-dom';
import { Button } from '@/components/button';
import { type ConsentAction, useHealthDataConsent } from '../api/use-health-data-consent';
import { SettingsSection } from './settings-section';

/** The confirmation open under the card's buttons, if any. */
type Step = 'withdraw' | 'delete' | null;

/**
 * Explicit consent to store health data (GDPR Art. 9): withdrawn as easily as it was given, and the
 * health data already stored can be deleted with the withdrawal or later, without deleting the account.
 */
export function ConsentCard({ user }: { user: User }) {
  const consent = useHealthDataConsent();
  const [step, setStep] = useState<Step>(null);
  const openerRef = useRef<HTMLButtonElement>(null);
  const stepRef = useRef<HTMLFieldSetElement>(null);
  useStepFocus(step, stepRef, openerRef);
  const hasConsented = user.healthDataConsent;

  /** Closes the step once its action is done; a failed action leaves it open to try again. */
  async function finish(action: () => Promise<boolean>) {
    if (await action()) setStep(null);
  }

  return (
    <SettingsSection id="consent" title="Health data consent" description={<PolicyLink />}>
      <ConsentStatus hasConsented={hasConsented} />
      {step === 'withdraw' && (
        <WithdrawStep
          stepRef={stepRef}
          pending={consent.pending}
          onWithdrawAndDelete={() => finish(consent.withdrawAndDelete)}
          onWithdrawAndKeep={() => finish(consent.withdrawAndKeep)}
          onCancel={() => setStep(null)}
        />
      )}
      {step === 'delete' && (
        <DeleteStep
          stepRef={stepRef}
          pending={consent.pending}
          onDelete={() => finish(consent.deleteStoredHealthData)}
          onCancel={() => setStep(null)}
        />
      )}
      {step === null && (
        <div className="mt-4 flex flex-wrap gap-3">
          {hasConsented ? (
            <Button ref={openerRef} variant="secondary" onClick={() => setStep('withdraw')}>
              Withdraw consent
            </Button>
          ) : (
            <>
              <Button loading={consent.pending === 'give'} onClick={() => void consent.giveConsent()}>
                Give consent
              </Button>
              <Button ref={openerRef} variant="secondary" onClick={() => setStep('delete')}>
                Delete my stored health data
              </Button>
            </>
          )}
        </div>
      )}
    </SettingsSection>
  );
}

/** An opened step takes the focus; cancelling gives it back to the button that opened it. */
function useStepFocus(
  step: Step,
  stepRef: RefObject<HTMLFieldSetElement>,
  openerRef: RefObject<HTMLButtonElement>,
) {
  const wasOpen = useRef(false);
  useEffect(() => {
    if (step) stepRef.current?.focus();
    else if (wasOpen.current) openerRef.current?.focus();
    wasOpen.current = step !== null;
  }, [step, stepRef, openerRef]);
}

function PolicyLink() {
  return (
    <>
      What this covers and how long it is kept is in our{' '}
      <Link to="/privacy#what-we-store" className="font-medium text-brand-700 underline hover:text-brand-800">
        privacy policy
      </Link>
      .
    </>
  );
}

function ConsentStatus({ hasConsented }: { hasConsented: boolean }) {
  return (
    <>
      <p className="font-medium text-stone-900" aria-live="polite">
        {hasConsented
          ? 'You have agreed that HormoHelp stores your health data.'
          : 'You have not agreed to HormoHelp storing your health data.'}
      </p>
      <p className="mt-2 text-sm text-stone-700">
        {hasConsented
          ? 'Your symptom logs, onboarding answers and the notes you write to experts are stored to run your tracker, dashboard, insights, report and bookings. If you withdraw, none of these is stored from then on, and in the same step you can delete what is already stored, without deleting your account.'
          : 'Without your consent HormoHelp stores no new symptom logs, onboarding answers or notes to experts. What you stored before stays yours to read and download, and you can delete all of it here at once, without deleting your account. Give consent again to keep tracking.'}
      </p>
    </>
  );
}

interface ConfirmStepProps {
  stepRef: RefObject<HTMLFieldSetElement>;
  title: string;
  children: ReactNode;
  /** The choices; Cancel is added after them. */
  actions: ReactNode;
  isBusy: boolean;
  onCancel: () => void;
}

/** A confirmation in the card, named by its question and described by what it does; Escape cancels. */
function ConfirmStep({ stepRef, title, children, actions, isBusy, onCancel }: ConfirmStepProps) {
  const titleId = useId();
  const bodyId = useId();
  return (
    <fieldset
      ref={stepRef}
      aria-labelledby={titleId}
      aria-describedby={bodyId}
      tabIndex={-1}
      className="mt-4 min-w-0 space-y-4 focus:outline-none"
      onKeyDown={(event) => event.key === 'Escape' && !isBusy && onCancel()}
    >
      <div className="rounded-lg border border-amber-200 bg-amber-50 p-4 text-sm text-amber-950">
        <p id={titleId} className="font-semibold">
          {title}
        </p>
        <div id={bodyId} className="mt-1 space-y-2">
          {children}
        </div>
      </div>
      <div className="flex flex-wrap gap-3">
        {actions}
        <Button variant="ghost" onClick={onCancel} disabled={isBusy}>
          Cancel
        </Button>
      </div>
    </fieldset>
  );
}

const WHAT_DELETING_REMOVES =
  'Every symptom log, your onboarding answers and the notes on your bookings are deleted at once; this cannot be undone. Your account, bookings, posts and orders stay. Download your data first if you want a copy.';

interface WithdrawStepProps {
  stepRef: RefObject<HTMLFieldSetElement>;
  pending: ConsentAction | null;
  onWithdrawAndDelete: () => void;
  onWithdrawAndKeep: () => void;
  onCancel: () => void;
}

function WithdrawStep({
  stepRef,
  pending,
  onWithdrawAndDelete,
  onWithdrawAndKeep,
  onCancel,
}: WithdrawStepProps) {
  const isBusy = pending !== null;
  return (
    <ConfirmStep
      stepRef={stepRef}
      title="Withdraw your consent?"
      isBusy={isBusy}
      onCancel={onCancel}
      actions={
        <>
          <Button
            variant="danger"
            loading={pending === 'withdraw-and-delete'}
            disabled={isBusy}
            onClick={onWithdrawAndDelete}
          >
            Withdraw and delete my health data
          </Button>
          <Button
            variant="secondary"
            loading={pending === 'withdraw-and-keep'}
            disabled={isBusy}
            onClick={onWithdrawAndKeep}
          >
            Withdraw, keep what I logged
          </Button>
        </>
      }
    >
      <p>
        From then on HormoHelp stores no new symptom logs, onboarding answers or notes to experts, until you
        give consent again.
      </p>
      <p>You can also delete the health data already stored, in the same step. {WHAT_DELETING_REMOVES}</p>
    </ConfirmStep>
  );
}

interface DeleteStepProps {
  stepRef: RefObject<HTMLFieldSetElement>;
  pending: ConsentAction | null;
  onDelete: () => void;
  onCancel: () => void;
}

function DeleteStep({ stepRef, pending, onDelete, onCancel }: DeleteStepProps) {
  return (
    <ConfirmStep
      stepRef={stepRef}
      title="Delete your stored health data?"
      isBusy={pending !== null}
      onCancel={onCancel}
      actions={
        <Button variant="danger" loading={pending === 'delete'} onClick={onDelete}>
          Yes, delete my health data
        </Button>
      }
    >
      <p>{WHAT_DELETING_REMOVES}</p>
    </ConfirmStep>
  );
}
