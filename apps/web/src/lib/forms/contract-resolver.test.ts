import { createSymptomLogBodySchema, loginBodySchema, signupBodySchema } from '@hormohelp/contracts';
import type { FieldErrors, FieldValues, Resolver, ResolverOptions } from 'react-hook-form';
import { describe, expect, it } from 'vitest';
import { contractResolver } from './contract-resolver';

function optionsFor<T extends FieldValues>() {
  return { fields: {}, shouldUseNativeValidation: false } as ResolverOptions<T>;
}

/** Each refused field's message, as the form shows it beside the field. */
async function messages<T extends FieldValues>(resolver: Resolver<T, unknown, T>, values: FieldValues) {
  const { errors } = await resolver(values as T, undefined, optionsFor<T>());
  return Object.fromEntries(
    Object.entries(errors as FieldErrors).map(([field, error]) => [field, error?.message]),
  );
}

const day = { symptoms: ['Cramps'], severity: 5, mood: 5, energy: 5, sleep: 5 };

describe('the words of a refused field', () => {
  it('says which scores are allowed for a score outside 1 to 10', async () => {
    const resolver = contractResolver(createSymptomLogBodySchema);
    expect(await messages(resolver, { ...day, severity: 11, sleep: 0 })).toEqual({
      severity: 'Choose 10 or less',
      sleep: 'Choose 1 or more',
    });
  });

  it('says how many symptoms a day may have', async () => {
    const resolver = contractResolver(createSymptomLogBodySchema);
    const symptoms = Array.from({ length: 31 }, (_, index) => `Symptom ${index}`);
    expect(await messages(resolver, { ...day, symptoms })).toEqual({ symptoms: 'Choose at most 30' });
  });

  it('asks to fill in an empty field, in the form’s own words when it gives them', async () => {
    const plain = contractResolver(loginBodySchema);
    expect(await messages(plain, { email: 'asha@example.com', password: '' })).toEqual({
      password: 'Fill in this field',
    });
    const worded = contractResolver(loginBodySchema, { password: 'Enter your password' });
    expect(await messages(worded, { email: 'asha@example.com', password: '' })).toEqual({
      password: 'Enter your password',
    });
  });

  it('keeps the message the contract states itself over the form’s own words', async () => {
    const resolver = contractResolver(signupBodySchema, { name: 'Tell us your name' });
    const refused = await messages(resolver, {
      name: '',
      email: 'asha@example.com',
      password: 'a long passphrase 1',
    });
    expect(refused.name).toBe('Enter your name');
  });

  it('words a date that does not exist without zod’s defaults', async () => {
    const resolver = contractResolver(createSymptomLogBodySchema);
    const refused = await messages(resolver, { ...day, date: '2026-02-30' });
    expect(refused.date).toBe('Choose a date that exists');
  });

  it('passes the schema’s output on for a valid day', async () => {
    const resolver = contractResolver(createSymptomLogBodySchema);
    const { values, errors } = await resolver({ ...day, notes: 'fine' }, undefined, optionsFor());
    expect(errors).toEqual({});
    expect(values).toMatchObject({ ...day, notes: 'fine' });
  });
});
