import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '@hormohelp/contracts/limits';

export type PasswordStrength = { score: 0 | 1 | 2 | 3; label: string; hint: string };

/**
 * A hint, not a rule: length matters most, then variety. The only rule is 8–128 characters (the
 * server also refuses common passwords).
 */
export function ratePassword(password: string): PasswordStrength {
  if (password.length === 0) {
    return { score: 0, label: '', hint: `Use ${PASSWORD_MIN_LENGTH} to ${PASSWORD_MAX_LENGTH} characters.` };
  }
  if (password.length < PASSWORD_MIN_LENGTH) {
    const missing = PASSWORD_MIN_LENGTH - password.length;
    return {
      score: 0,
      label: 'Too short',
      hint: `${missing} more character${missing === 1 ? '' : 's'} needed.`,
    };
  }
  if (password.length > PASSWORD_MAX_LENGTH) {
    return { score: 0, label: 'Too long', hint: `Use at most ${PASSWORD_MAX_LENGTH} characters.` };
  }
  const kinds = [/[a-z]/, /[A-Z]/, /[0-9]/, /[^A-Za-z0-9]/].filter((kind) => kind.test(password)).length;
  const isRepetitive = new Set(password.toLowerCase()).size <= 3;
  if (isRepetitive || (password.length < 10 && kinds < 3)) {
    return { score: 1, label: 'Weak', hint: 'Longer is stronger: try a short phrase of unrelated words.' };
  }
  if (password.length >= 14 || (password.length >= 10 && kinds >= 3)) {
    return { score: 3, label: 'Strong', hint: 'Good choice.' };
  }
  return { score: 2, label: 'Fair', hint: 'Add a few more characters or another word to make it stronger.' };
}
