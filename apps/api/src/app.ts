import { createPool } from '@hormohelp/db';
import {
  createLogger,
  errorHandler,
  jsonBody,
  listen,
  notFoundHandler,
  requestContext,
  route,
} from '@hormohelp/server-kit';
import cookieParser from 'cookie-parser';
import cors from 'cors';
import express, { type RequestHandler } from 'express';
import helmet from 'helmet';
import type { ApiConfig } from './config';
import type { ApiDeps } from './deps';
import { communityRouter } from './features/community/routes';
import { consultationsRouter } from './features/consultations/routes';
import { exportRouter } from './features/export/routes';
import { insightsRouter } from './features/insights/routes';
import { ordersRouter } from './features/orders/routes';
import { razorpayWebhookRouter } from './features/payments/routes';
import { shopRouter } from './features/shop/routes';
import { symptomsRouter } from './features/symptoms/routes';
import { usersRouter } from './features/users/routes';
import { authProxy } from './http/auth-proxy';
import { createTokenVerifier, requireUser } from './http/authenticate';
import { dispatchByPrefix } from './http/dispatch-by-prefix';
import { openApiRouter } from './openapi/openapi-router';

/** A person's data, errors included, is never kept by a browser or a shared cache. */
const noStore: RequestHandler = (_req, res, next) => {
  res.setHeader('Cache-Control', 'no-store');
  next();
};

/** The seed's middleware stack, in the seed's order, then the routes of the route map. */
export function createApp(deps: ApiDeps) {
  const { config, pool } = deps;
  const app = express();
  app.disable('x-powered-by');
  // No ETag: hashing every JSON body costs CPU on each request, and answers carrying a person's health
  // data must not be stored by any cache anyway (Cache-Control: no-store below).
  app.set('etag', false);
  app.set('trust proxy', config.TRUST_PROXY);

  app.use(requestContext(deps.logger));
  app.use(helmet());
  // An allow-list, not a bare string: a bare string is echoed to every origin, while a list answers
  // only the frontend's origin and leaves Access-Control-Allow-Origin off for any other.
  // Retry-After is exposed so the web app can tell a rate-limited person how long to wait.
  app.use(cors({ origin: [config.FRONTEND_ORIGIN], credentials: true, exposedHeaders: ['Retry-After'] }));
  app.use('/auth', authProxy(config.AUTH_SERVICE_URL));

  app.get(
    '/health',
    route(async (_req, res) => {
      await pool.query('SELECT 1');
      res.json({ status: 'ok' });
    }),
  );
  app.use(openApiRouter());
  // Razorpay signs the raw bytes of its webhook, so this route reads its own body before the JSON parser.
  app.use(razorpayWebhookRouter(deps));

  app.use(jsonBody());
  app.use(cookieParser());

  app.use(['/api', '/users'], noStore, requireUser(deps.verifyToken));
  // One layer for all the feature routers: a request only meets the routers that have its path.
  app.use(
    dispatchByPrefix([
      usersRouter(deps),
      exportRouter(deps),
      symptomsRouter(deps),
      insightsRouter(deps),
      communityRouter(deps),
      consultationsRouter(deps),
      shopRouter(deps),
      ordersRouter(deps),
    ]),
  );

  app.use(notFoundHandler);
  app.use(errorHandler);
  return app;
}

export async function start(config: ApiConfig) {
  const logger = createLogger('api', config.LOG_LEVEL);
  // Under a burst, a request may queue for one of the 20 connections: it waits up to 10 s rather than
  // failing a health-data write with 503 after 3 s. A database that is down still fails at once.
  const pool = createPool(config.DATABASE_URL, {
    applicationName: 'api',
    max: 20,
    connectionTimeoutMillis: 10_000,
  });
  const verifyToken = await createTokenVerifier(
    config.AUTH_JWKS_URL ? { jwksUrl: config.AUTH_JWKS_URL } : { publicKeyPath: config.AUTH_PUBLIC_KEY_PATH },
  );
  const app = createApp({ config, pool, logger, verifyToken });
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
