import { useEffect } from 'react';
import {
  type DefaultValues,
  type FieldValues,
  type Resolver,
  type UseFormReturn,
  useForm,
} from 'react-hook-form';
import type { LazyResolver } from './lazy-resolver';

const INTERACTIONS = ['focusin', 'pointerdown', 'keydown'] as const;

/**
 * Calls `preload` when the person first focuses, taps or types anywhere on the page: a form's checks
 * are needed only once someone fills it in, and evaluating zod while the page is still starting would
 * hold up the phone's main thread for nothing. Returns the function that stops waiting.
 */
function preloadOnFirstInteraction(preload: () => void): () => void {
  if (document.activeElement && document.activeElement !== document.body) {
    preload();
    return () => {};
  }
  const start = () => {
    stop();
    preload();
  };
  const stop = () => {
    for (const type of INTERACTIONS) document.removeEventListener(type, start, true);
  };
  for (const type of INTERACTIONS) document.addEventListener(type, start, true);
  return stop;
}

/**
 * A form checked by a contract schema. A field is first checked when it loses focus, then on every
 * change, so an error appears once the person has left the field and goes as soon as the value is
 * valid; submitting checks every field and focuses the first invalid one.
 */
export function useContractForm<Input extends FieldValues, Output extends FieldValues>(
  resolver: Resolver<Input, unknown, Output> | LazyResolver<Input, Output>,
  defaultValues: DefaultValues<Input>,
): UseFormReturn<Input, unknown, Output> {
  useEffect(() => {
    if ('preload' in resolver) return preloadOnFirstInteraction(resolver.preload);
  }, [resolver]);
  return useForm<Input, unknown, Output>({
    resolver,
    defaultValues,
    mode: 'onTouched',
    reValidateMode: 'onChange',
    shouldFocusError: true,
  });
}
