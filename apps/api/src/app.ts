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
import express from 'express';
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
import { openApiRouter } from './openapi/openapi-router';

/** The seed's middleware stack, in the seed's order, then the routes of the route map. */
export function createApp(deps: ApiDeps) {
  const { config, pool } = deps;
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', config.TRUST_PROXY);

  app.use(requestContext(deps.logger));
  app.use(helmet());
  // An allow-list, not a bare string: a bare string is echoed to every origin, while a list answers
  // only the frontend's origin and leaves Access-Control-Allow-Origin off for any other.
  app.use(cors({ origin: [config.FRONTEND_ORIGIN], credentials: true }));
  app.use(authProxy(config.AUTH_SERVICE_URL));

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

  app.use(['/api', '/users'], requireUser(deps.verifyToken));
  app.use(usersRouter(deps));
  app.use(exportRouter(deps));
  app.use(symptomsRouter(deps));
  app.use(insightsRouter(deps));
  app.use(communityRouter(deps));
  app.use(consultationsRouter(deps));
  app.use(shopRouter(deps));
  app.use(ordersRouter(deps));

  app.use(notFoundHandler);
  app.use(errorHandler);
  return app;
}

export async function start(config: ApiConfig) {
  const logger = createLogger('api', config.LOG_LEVEL);
  const pool = createPool(config.DATABASE_URL, { applicationName: 'api', max: 20 });
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
