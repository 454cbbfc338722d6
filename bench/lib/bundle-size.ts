/**
 * What a route's first visit downloads, and each route's budget: the web app's own size check
 * (apps/web/scripts/bundle-size.ts, `npm run size`) holds the routes and the rule, so the bench and
 * that script report the same bytes for the same build.
 */
export {
  FIRST_LOAD_ROUTES,
  type FirstLoadRoute,
  type InitialLoad,
  measureInitialLoad,
} from '../../apps/web/scripts/bundle-size';
