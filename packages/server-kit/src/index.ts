export { AppError, type AppErrorOptions, notFound } from './app-error';
export { ConfigError, envBoolean, envPort, loadConfig, nodeEnv } from './config';
export { BODY_LIMIT, errorHandler, jsonBody, notFoundHandler, requestContext, route } from './http';
export { createLogger, type Logger } from './logger';
export { handleShutdownSignals, listen, type RunningServer } from './server';
export { validate } from './validate';
