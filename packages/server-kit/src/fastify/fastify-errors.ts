import type { FastifyError, FastifySchemaCompiler } from 'fastify';
import type { z } from 'zod';
import { AppError } from '../app-error';
import { validate } from '../validate';

/**
 * Every route's params, query and body are checked by its zod schema, and a failure is already the
 * contract's `validation_error` (with `details.fields`), the same error a handler's own check throws.
 * A path parameter that fails its schema (an id that is not a UUID) names nothing: 404 `not_found`,
 * as a row that does not exist or is someone else's.
 */
export const zodValidatorCompiler: FastifySchemaCompiler<z.ZodType> = ({ schema, httpPart }) => {
  if (httpPart === 'params')
    return (data) => {
      const result = schema.safeParse(data);
      return result.success ? { value: result.data } : { error: new AppError('not_found') };
    };
  return (data) => {
    try {
      return { value: validate(schema, data) };
    } catch (error) {
      return { error: error as AppError };
    }
  };
};

/**
 * Fastify's own errors as the contract's: a body too large, of a type no parser takes, or cut short.
 * Anything else is not Fastify's, and is left to the shared mapping.
 */
export function fromFastifyError(error: unknown): AppError | undefined {
  if (error instanceof AppError) return error;
  switch ((error as FastifyError | undefined)?.code) {
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return new AppError('payload_too_large');
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
    case 'FST_ERR_CTP_INVALID_TYPE':
      return new AppError('unsupported_media_type');
    // A path that is not valid percent-encoding names nothing, like an id that does not exist.
    case 'FST_ERR_BAD_URL':
      return new AppError('not_found');
    case 'FST_ERR_CTP_INVALID_CONTENT_LENGTH':
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return new AppError('invalid_json', { message: 'The request body was cut short.' });
    default:
      return undefined;
  }
}
