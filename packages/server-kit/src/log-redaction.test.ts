import { describe, expect, it } from 'vitest';
import { createLogger } from './logger';

/** One line logged through the real logger, parsed. */
function logOnce(object: Record<string, unknown>, message = 'event') {
  const lines: string[] = [];
  createLogger('test', 'info', { write: (line: string) => void lines.push(line) }).info(object, message);
  return { line: JSON.parse(lines[0]!), text: lines[0]! };
}

describe('log redaction', () => {
  it('when a secret or personal field sits deep in a logged object, it is redacted there', () => {
    const { line } = logOnce({
      job: {
        payload: { user: { email: 'deep@example.com', password: 'hunter22', profile: { notes: 'n' } } },
      },
      list: [{ headers: { Authorization: 'Bearer x', cookie: 'refresh_token=y' } }],
    });
    expect(line.job.payload.user).toEqual({
      email: '[redacted]',
      password: '[redacted]',
      profile: { notes: '[redacted]' },
    });
    expect(line.list[0].headers).toEqual({ Authorization: '[redacted]', cookie: '[redacted]' });
  });

  it('when an error is nested, it is cut down to code, message, constraint and stack', () => {
    const error = Object.assign(new Error('new row violates check constraint "c"'), {
      code: '23514',
      constraint: 'c',
      detail: 'Failing row contains (secret note)',
      where: 'SQL statement',
      parameters: ['secret note'],
    });
    const { line, text } = logOnce({ err: error, outer: { cause: error } });
    expect(Object.keys(line.err).sort()).toEqual(['code', 'constraint', 'message', 'stack']);
    expect(Object.keys(line.outer.cause).sort()).toEqual(['code', 'constraint', 'message', 'stack']);
    expect(text).not.toContain('secret note');
  });

  it('when a string or the message holds an address, the address is replaced', () => {
    const { line, text } = logOnce({ reason: 'rejected <someone.private@example.org>' }, 'to a@b.example');
    expect(line.reason).toBe('rejected <[email]>');
    expect(line.msg).toBe('to [email]');
    expect(text).not.toContain('someone.private');
  });
});
