import type { Server } from '@hormohelp/server-kit';

/**
 * A request sent without a body validates as `{}`: a route that takes one then names each missing
 * field, as it does for an empty object, instead of refusing the body as a whole.
 */
export function useEmptyObjectForAbsentBody(app: Server): void {
  app.addHook('preValidation', async (request) => {
    if (request.body === undefined && request.routeOptions.schema?.body) request.body = {};
  });
}
