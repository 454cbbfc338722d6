import { fireEvent, render, screen } from '@testing-library/react';
import type { FieldValues, Resolver } from 'react-hook-form';
import { describe, expect, it, vi } from 'vitest';
import { lazyResolver } from './lazy-resolver';
import { useContractForm } from './use-contract-form';

const acceptAll: Resolver<FieldValues> = async (values) => ({ values, errors: {} });

function NameForm({ resolver }: { resolver: ReturnType<typeof lazyResolver<FieldValues, FieldValues>> }) {
  const form = useContractForm(resolver, { name: '' });
  return (
    <form>
      <label>
        Name <input {...form.register('name')} />
      </label>
    </form>
  );
}

describe('a form whose checks load lazily', () => {
  it('loads them only once the person first focuses a field, and only once', () => {
    const load = vi.fn(async () => acceptAll);
    render(<NameForm resolver={lazyResolver(load)} />);
    expect(load).not.toHaveBeenCalled();

    fireEvent.focusIn(screen.getByLabelText('Name'));
    fireEvent.keyDown(screen.getByLabelText('Name'), { key: 'a' });

    expect(load).toHaveBeenCalledTimes(1);
  });

  it('loads them at once when a field already has the focus as the form appears', () => {
    const outside = document.createElement('input');
    document.body.append(outside);
    outside.focus();
    const load = vi.fn(async () => acceptAll);
    render(<NameForm resolver={lazyResolver(load)} />);
    expect(load).toHaveBeenCalledTimes(1);
    outside.remove();
  });
});
