import type { Expert } from '@hormohelp/contracts';
import { type RefObject, useEffect, useId, useRef, useState } from 'react';
import { type FieldErrors, useController } from 'react-hook-form';
import toast from 'react-hot-toast';
import { getErrorCode, getErrorMessage } from '@/lib/api-client';
import { formatDate } from '@/lib/format';
import { showServerFieldErrors } from '@/lib/forms/show-server-field-errors';
import { useContractForm } from '@/lib/forms/use-contract-form';
import { type CreateBookingBody, useCreateBooking } from '../api/use-create-booking';
import { lazyBookingResolver } from '../lib/booking-resolver';
import type { Slot } from '../lib/slots';
import { BOOKING_LIMIT_MESSAGE } from './booking-limit-notice';
import { ExpertStep } from './expert-step';
import { NotesStep } from './notes-step';
import { ReviewStep } from './review-step';
import { SlotStep } from './slot-step';
import { TypeStep } from './type-step';
import { WizardNav } from './wizard-nav';
import { WIZARD_STEPS, WizardProgress } from './wizard-progress';

export const SLOT_TAKEN_MESSAGE = 'That slot was just taken — please choose another';

type BookingField = keyof CreateBookingBody;

/** The fields each step asks for, in step order; the review asks for none. */
const STEP_FIELDS: BookingField[][] = [['expertId'], ['type'], ['date', 'time'], ['notes'], []];
const REVIEW_STEP = WIZARD_STEPS.length - 1;
const SLOT_STEP = 2;

const EMPTY_BOOKING = { expertId: '', type: undefined, date: '', time: '', notes: '' };

/** The first step with a field in `errors`, to go back to it. */
function firstStepWith(errors: FieldErrors<CreateBookingBody>): number | undefined {
  const step = STEP_FIELDS.findIndex((fields) => fields.some((field) => errors[field]));
  return step === -1 ? undefined : step;
}

/**
 * expert → type → slot → notes → review, then POST /api/bookings, each step checked by the contract's
 * booking body. A taken slot sends the person back to choose another time.
 */
export function BookingWizard({ experts }: { experts: Expert[] }) {
  const [step, setStep] = useState(0);
  const [slotNotice, setSlotNotice] = useState<string>();
  const form = useContractForm(lazyBookingResolver, EMPTY_BOOKING);
  const { errors, isSubmitting } = form.formState;
  const createBooking = useCreateBooking();
  // The choices are radios the wizard draws itself; the controllers give the form their focus.
  const expertField = useController({ control: form.control, name: 'expertId' });
  const typeField = useController({ control: form.control, name: 'type' });
  const slotField = useController({ control: form.control, name: 'date' });
  const time = form.watch('time');
  const notes = form.watch('notes') ?? '';
  const expert = experts.find((candidate) => candidate.id === expertField.field.value) ?? null;
  const slot: Slot | null = slotField.field.value ? { date: slotField.field.value, time } : null;
  const problemId = useId();
  const problem =
    [errors.expertId, errors.type, errors.date ?? errors.time][step]?.message ?? errors.root?.server?.message;

  function chooseExpert(next: Expert) {
    expertField.field.onChange(next.id);
    const onlyType = next.consultationTypes.length === 1 ? next.consultationTypes[0] : undefined;
    if (onlyType) form.setValue('type', onlyType);
    else form.resetField('type');
    chooseSlot(null);
    form.clearErrors();
  }

  function chooseSlot(next: Slot | null) {
    form.setValue('date', next?.date ?? '');
    form.setValue('time', next?.time ?? '');
    form.clearErrors(['date', 'time']);
  }

  function goTo(next: number) {
    form.clearErrors('root');
    setStep(next);
  }

  async function goNext() {
    if (await form.trigger(STEP_FIELDS[step], { shouldFocus: true })) goTo(step + 1);
  }

  function showRefusal(error: unknown) {
    if (getErrorCode(error) === 'conflict') {
      chooseSlot(null);
      setSlotNotice(SLOT_TAKEN_MESSAGE);
      setStep(SLOT_STEP);
      toast.error(SLOT_TAKEN_MESSAGE);
    } else if (getErrorCode(error) === 'booking_limit') {
      form.setError('root.server', { type: 'server', message: BOOKING_LIMIT_MESSAGE });
    } else if (showServerFieldErrors(form, error)) {
      setStep(firstStepWith(form.formState.errors) ?? step);
    } else {
      toast.error(getErrorMessage(error));
    }
  }

  const confirm = form.handleSubmit(
    async (body) => {
      const booked = experts.find((candidate) => candidate.id === body.expertId);
      try {
        await createBooking.mutateAsync({ ...body, notes: body.notes?.trim() ?? '' });
      } catch (error) {
        showRefusal(error);
        return;
      }
      toast.success(
        `Booked with ${booked?.name ?? 'your expert'} on ${formatDate(body.date)} at ${body.time}`,
      );
      form.reset(EMPTY_BOOKING);
      setSlotNotice(undefined);
      setStep(0);
    },
    (invalid) => setStep(firstStepWith(invalid) ?? step),
  );

  return (
    <div className="space-y-5">
      <WizardProgress current={step} />
      <div>
        <StepHeading step={step} />
        {step === 0 ? (
          <ExpertStep
            experts={experts}
            selectedId={expertField.field.value || null}
            onSelect={chooseExpert}
            choiceRef={expertField.field.ref}
            errorId={problem ? problemId : undefined}
          />
        ) : null}
        {step === 1 && expert ? (
          <TypeStep
            expert={expert}
            selected={typeField.field.value}
            onSelect={typeField.field.onChange}
            choiceRef={typeField.field.ref}
            errorId={problem ? problemId : undefined}
          />
        ) : null}
        {step === SLOT_STEP && expert ? (
          <SlotStep
            expert={expert}
            selected={slot}
            notice={slotNotice}
            onSelect={(next) => {
              chooseSlot(next);
              setSlotNotice(undefined);
            }}
            choiceRef={slotField.field.ref}
            errorId={problem ? problemId : undefined}
          />
        ) : null}
        {step === 3 ? <NotesStep field={form.register('notes')} error={errors.notes?.message} /> : null}
        {step === REVIEW_STEP && expert && typeField.field.value && slot ? (
          <ReviewStep expert={expert} type={typeField.field.value} slot={slot} notes={notes} />
        ) : null}
      </div>
      {problem ? (
        <p id={problemId} role="alert" className="text-sm font-medium text-red-700">
          {problem}
        </p>
      ) : null}
      <WizardNav
        isFirst={step === 0}
        isLast={step === REVIEW_STEP}
        isSubmitting={isSubmitting}
        onBack={() => goTo(Math.max(0, step - 1))}
        onNext={() => void goNext()}
        onConfirm={() => void confirm()}
      />
    </div>
  );
}

/** Names the step for screen readers; it takes the focus when the person moves to another step. */
function StepHeading({ step }: { step: number }) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  useStepFocus(step, headingRef);
  return (
    <h3 ref={headingRef} tabIndex={-1} className="sr-only">
      Step {step + 1} of {WIZARD_STEPS.length}: {WIZARD_STEPS[step]}
    </h3>
  );
}

/** Moves the focus to `target` when the step changes, not on the first render. */
function useStepFocus(step: number, target: RefObject<HTMLElement>) {
  const isFirstRender = useRef(true);
  // biome-ignore lint/correctness/useExhaustiveDependencies: moving focus is the reaction to a new step.
  useEffect(() => {
    if (isFirstRender.current) isFirstRender.current = false;
    else target.current?.focus();
  }, [step]);
}
