import { createPool, type Pool } from '@hormohelp/db';
import {
  createLogger,
  errorHandler,
  jsonBody,
  listen,
  notFoundHandler,
  requestContext,
  route,
} from '@hormohelp/server-kit';
import express from 'express';
import type { AuthConfig } from './config';

export function createApp(_config: AuthConfig, pool: Pool) {
  const logger = createLogger('auth');
  const app = express();
  app.disable('x-powered-by');
  app.use(requestContext(logger));
  app.get(
    '/health',
    route(async (_req, res) => {
      await pool.query('SELECT 1');
      res.json({ status: 'ok' });
    }),
  );
  app.use(jsonBody());
  app.use(notFoundHandler);
  app.use(errorHandler);
  return { app, logger };
}

export async function start(config: AuthConfig) {
  const pool = createPool(config.DATABASE_URL, { applicationName: 'auth' });
  const { app, logger } = createApp(config, pool);
  const running = await listen(app, { port: config.PORT, host: config.HOST });
  logger.info({ url: running.url }, 'auth service listening');
  return {
    ...running,
    logger,
    async stop() {
      await running.stop();
      await pool.end();
    },
  };
}
