import type { FieldValues, Resolver } from 'react-hook-form';

export type LazyResolver<Input extends FieldValues, Output extends FieldValues> = Resolver<
  Input,
  unknown,
  Output
> & {
  /** Starts loading the schema, so it is there by the time the first field is checked. */
  preload: () => void;
};

/**
 * A resolver whose schema module is loaded on first use. The contract's schemas bring all of zod
 * with them (about 29 KB gzip), which a page does not need to render, only to check what was typed:
 * `useContractForm` starts loading it when the person first focuses, taps or types on the page.
 */
export function lazyResolver<Input extends FieldValues, Output extends FieldValues>(
  load: () => Promise<Resolver<Input, unknown, Output>>,
): LazyResolver<Input, Output> {
  let loading: Promise<Resolver<Input, unknown, Output>> | undefined;
  const loadOnce = () => {
    loading ??= load().catch((error: unknown) => {
      loading = undefined;
      throw error;
    });
    return loading;
  };
  const resolver: Resolver<Input, unknown, Output> = async (values, context, options) =>
    (await loadOnce())(values, context, options);
  return Object.assign(resolver, { preload: () => void loadOnce().catch(() => undefined) });
}
