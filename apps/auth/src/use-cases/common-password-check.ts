import { AppError } from '@hormohelp/server-kit';
import { isCommonPassword } from '../security/common-passwords';

export function rejectCommonPassword(password: string): void {
  if (isCommonPassword(password)) {
    throw new AppError('validation_error', {
      details: { fields: { password: 'This password is too common. Choose one that is harder to guess.' } },
    });
  }
}
