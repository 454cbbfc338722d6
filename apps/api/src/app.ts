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
import type { ApiConfig } from './config';

export function createApp(_config: ApiConfig, pool: Pool) {
  const logger = createLogger('api');
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

export async function start(config: ApiConfig) {
  const pool = createPool(config.DATABASE_URL, { applicationName: 'api' });
  const { app, logger } = createApp(config, pool);
  const running = await listen(app, { port: config.PORT, host: config.HOST });
  logger.info({ url: running.url }, 'api listening');
  return {
    ...running,
    logger,
    async stop() {
      await running.stop();
      await pool.end();
    },
  };
}
