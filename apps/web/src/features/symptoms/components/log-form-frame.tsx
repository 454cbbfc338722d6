import { type FormEventHandler, type ReactNode, useId } from 'react';
import { useFocusOnMount } from '../lib/use-focus-on-mount';

interface LogFormFrameProps {
  /** The form's heading, which also names the form. */
  title: ReactNode;
  /** The heading takes the focus when the form appears, so a screen reader starts there. */
  focusOnMount: boolean;
  onSubmit: FormEventHandler<HTMLFormElement>;
  /** The fields and the form's buttons. */
  children: ReactNode;
}

/** The frame both log forms share: a form named by its heading, validated by the contract, not the browser. */
export function LogFormFrame({ title, focusOnMount, onSubmit, children }: LogFormFrameProps) {
  const titleId = useId();
  const titleRef = useFocusOnMount<HTMLHeadingElement>(focusOnMount);
  return (
    <form onSubmit={onSubmit} noValidate aria-labelledby={titleId} className="space-y-6">
      <h2
        ref={titleRef}
        id={titleId}
        tabIndex={-1}
        className="text-lg font-semibold text-stone-900 focus:outline-none"
      >
        {title}
      </h2>
      {children}
    </form>
  );
}
