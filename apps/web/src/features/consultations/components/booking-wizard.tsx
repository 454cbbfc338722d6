import type { Booking, ConsultationType, Expert, Item } from '@hormohelp/contracts';
import { useEffect, useRef, useState } from 'react';
import toast from 'react-hot-toast';
import { api, getErrorCode, getErrorMessage, getFieldErrors } from '@/lib/api-client';
import { formatDate } from '@/lib/format';
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
const MAX_NOTES = 2000;
const MISSING = ['Choose an expert to continue', 'Choose how you would like to talk', 'Choose a time'];

interface BookingWizardProps {
  experts: Expert[];
  onReloadExperts: () => Promise<void>;
  onBooked: (booking: Booking) => void;
  /** The server refused the booking because the person holds as many upcoming ones as they may. */
  onLimitReached: () => void;
}

/** expert → type → slot → notes → review, then POST /api/bookings; a taken slot sends the person back. */
export function BookingWizard({ experts, onReloadExperts, onBooked, onLimitReached }: BookingWizardProps) {
  const [step, setStep] = useState(0);
  const [expertId, setExpertId] = useState<string | null>(null);
  const [type, setType] = useState<ConsultationType | null>(null);
  const [slot, setSlot] = useState<Slot | null>(null);
  const [notes, setNotes] = useState('');
  const [problem, setProblem] = useState<string>();
  const [slotNotice, setSlotNotice] = useState<string>();
  const [notesError, setNotesError] = useState<string>();
  const [isSubmitting, setIsSubmitting] = useState(false);
  const stepRef = useRef<HTMLHeadingElement>(null);
  const isFirstRender = useRef(true);
  const expert = experts.find((candidate) => candidate.id === expertId) ?? null;

  // biome-ignore lint/correctness/useExhaustiveDependencies: moving focus is the reaction to a new step.
  useEffect(() => {
    if (isFirstRender.current) isFirstRender.current = false;
    else stepRef.current?.focus();
  }, [step]);

  function chooseExpert(next: Expert) {
    setExpertId(next.id);
    setType(next.consultationTypes.length === 1 ? (next.consultationTypes[0] ?? null) : null);
    setSlot(null);
    setProblem(undefined);
  }

  function goNext() {
    const chosen = [expert, type, slot][step];
    if (step < 3 && !chosen) return setProblem(MISSING[step]);
    if (step === 3 && notes.length > MAX_NOTES)
      return setNotesError(`Keep notes under ${MAX_NOTES} characters`);
    setProblem(undefined);
    setStep(step + 1);
  }

  function goBack() {
    setProblem(undefined);
    setStep(Math.max(0, step - 1));
  }

  async function confirm() {
    if (!expert || !type || !slot) return;
    setIsSubmitting(true);
    try {
      const body = { expertId: expert.id, type, date: slot.date, time: slot.time, notes: notes.trim() };
      const { data } = await api.post<Item<Booking>>('/api/bookings', body);
      toast.success(`Booked with ${expert.name} on ${formatDate(slot.date)} at ${slot.time}`);
      onBooked(data.item);
      setStep(0);
      setExpertId(null);
      setType(null);
      setSlot(null);
      setNotes('');
      setSlotNotice(undefined);
    } catch (error) {
      if (getErrorCode(error) === 'conflict') {
        setSlot(null);
        setSlotNotice(SLOT_TAKEN_MESSAGE);
        setStep(2);
        toast.error(SLOT_TAKEN_MESSAGE);
        await onReloadExperts();
      } else if (getErrorCode(error) === 'booking_limit') {
        // Bookings made in another tab or device are not in this page's list yet: read it again.
        setProblem(BOOKING_LIMIT_MESSAGE);
        onLimitReached();
      } else if (getFieldErrors(error).notes) {
        setNotesError(getFieldErrors(error).notes);
        setStep(3);
      } else {
        toast.error(getErrorMessage(error));
      }
    } finally {
      setIsSubmitting(false);
    }
  }

  return (
    <div className="space-y-5">
      <WizardProgress current={step} />
      <div>
        <h3 ref={stepRef} tabIndex={-1} className="sr-only">
          Step {step + 1} of {WIZARD_STEPS.length}: {WIZARD_STEPS[step]}
        </h3>
        {step === 0 ? <ExpertStep experts={experts} selectedId={expertId} onSelect={chooseExpert} /> : null}
        {step === 1 && expert ? <TypeStep expert={expert} selected={type} onSelect={setType} /> : null}
        {step === 2 && expert ? (
          <SlotStep
            expert={expert}
            selected={slot}
            notice={slotNotice}
            onSelect={(next) => {
              setSlot(next);
              setSlotNotice(undefined);
            }}
          />
        ) : null}
        {step === 3 ? (
          <NotesStep
            notes={notes}
            error={notesError}
            onChange={(next) => {
              setNotes(next);
              setNotesError(undefined);
            }}
          />
        ) : null}
        {step === 4 && expert && type && slot ? (
          <ReviewStep expert={expert} type={type} slot={slot} notes={notes} />
        ) : null}
      </div>
      {problem ? (
        <p role="alert" className="text-sm font-medium text-red-700">
          {problem}
        </p>
      ) : null}
      <WizardNav
        isFirst={step === 0}
        isLast={step === WIZARD_STEPS.length - 1}
        isSubmitting={isSubmitting}
        onBack={goBack}
        onNext={goNext}
        onConfirm={confirm}
      />
    </div>
  );
}
