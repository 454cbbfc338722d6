import { useEffect } from 'react';
import {
  type DefaultValues,
  type FieldValues,
  type Resolver,
  type UseFormReturn,
  useForm,
} from 'react-hook-form';
import type { LazyResolver } from './lazy-resolver';

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
    if ('preload' in resolver) resolver.preload();
  }, [resolver]);
  return useForm<Input, unknown, Output>({
    resolver,
    defaultValues,
    mode: 'onTouched',
    reValidateMode: 'onChange',
    shouldFocusError: true,
  });
}
