import { zodResolver } from '@hookform/resolvers/zod';
import type { FieldValues, Resolver } from 'react-hook-form';
import type { z } from 'zod';

/** The wording for a field left empty, when the contract's rule carries no message of its own. */
export type RequiredMessages = Record<string, string>;

/**
 * Words for the issues the contract leaves to zod's defaults ("Too small: expected string to have
 * >=1 characters"). Only the wording is chosen here: the rule and its limits come from the issue, and
 * a message the contract's schema states itself always wins over these.
 */
function describeIssue(requiredMessages: RequiredMessages) {
  return (issue: z.core.$ZodRawIssue): string | undefined => {
    if (issue.code === 'too_small' && issue.origin === 'string') {
      if (Number(issue.minimum) <= 1)
        return requiredMessages[String(issue.path?.[0])] ?? 'Fill in this field';
      return `Use at least ${issue.minimum} characters`;
    }
    if (issue.code === 'too_big' && issue.origin === 'string')
      return `Use at most ${issue.maximum} characters`;
    if (issue.code === 'too_small' && (issue.origin === 'number' || issue.origin === 'int'))
      return `Choose ${issue.minimum} or more`;
    if (issue.code === 'too_big' && (issue.origin === 'number' || issue.origin === 'int'))
      return `Choose ${issue.maximum} or less`;
    if (issue.code === 'too_big' && issue.origin === 'array') return `Choose at most ${issue.maximum}`;
    if (issue.code === 'invalid_format' && issue.format === 'date') return 'Choose a date that exists';
    return undefined;
  };
}

/**
 * A react-hook-form resolver over a contract schema, so the browser refuses a field for exactly the
 * reasons the API does, and the submitted values are the schema's output (trimmed, lower-cased).
 */
export function contractResolver<Input extends FieldValues, Output extends FieldValues>(
  schema: z.ZodType<Output, Input>,
  requiredMessages: RequiredMessages = {},
): Resolver<Input, unknown, Output> {
  return zodResolver(schema, { error: describeIssue(requiredMessages) });
}
