import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { render, screen } from '@/test/render';
import { FilterToggles } from './filter-toggles';

function Topics() {
  const [value, setValue] = useState<string | null>(null);
  return (
    <>
      <FilterToggles
        legend="Filter by topic"
        allLabel="All topics"
        options={['PCOS', 'Thyroid']}
        value={value}
        onChange={setValue}
      />
      <p data-testid="chosen">{value ?? 'everything'}</p>
    </>
  );
}

describe('FilterToggles', () => {
  it('presses one toggle at a time, "All" first, named by the group', async () => {
    const user = userEvent.setup();
    render(<Topics />);
    const group = screen.getByRole('group', { name: 'Filter by topic' });
    expect(group).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'All topics' })).toHaveAttribute('aria-pressed', 'true');

    await user.click(screen.getByRole('button', { name: 'Thyroid' }));

    expect(screen.getByTestId('chosen')).toHaveTextContent('Thyroid');
    expect(screen.getByRole('button', { name: 'Thyroid' })).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByRole('button', { name: 'All topics' })).toHaveAttribute('aria-pressed', 'false');
  });

  it('is worked from the keyboard: Tab to a toggle, Space presses it', async () => {
    const user = userEvent.setup();
    render(<Topics />);
    await user.tab();
    await user.tab();
    expect(screen.getByRole('button', { name: 'PCOS' })).toHaveFocus();

    await user.keyboard(' ');

    expect(screen.getByTestId('chosen')).toHaveTextContent('PCOS');
  });
});
