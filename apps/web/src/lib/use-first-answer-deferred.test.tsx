import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useFirstAnswerDeferred } from './use-first-answer-deferred';

/** Renders `data` through the hook and records what each render of the component saw. */
function Recorder({ data, seen }: { data: string | undefined; seen: (string | undefined)[] }) {
  seen.push(useFirstAnswerDeferred(data));
  return null;
}

describe('useFirstAnswerDeferred', () => {
  it('renders the first answer once more without it, then with it in a later render', () => {
    const seen: (string | undefined)[] = [];
    const { rerender } = render(<Recorder data={undefined} seen={seen} />);
    seen.length = 0;

    rerender(<Recorder data="first answer" seen={seen} />);

    expect(seen).toEqual([undefined, 'first answer']);
  });

  it('shows every later answer in the same render it arrives in', () => {
    const seen: (string | undefined)[] = [];
    const { rerender } = render(<Recorder data={undefined} seen={seen} />);
    rerender(<Recorder data="first answer" seen={seen} />);
    seen.length = 0;

    rerender(<Recorder data="after a save" seen={seen} />);

    expect(seen[0]).toBe('after a save');
    expect(seen).not.toContain('first answer');
  });
});
