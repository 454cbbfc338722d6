import { route } from '@hormohelp/server-kit';
import type { AuthDeps } from '../deps';
import { getMe } from '../use-cases/get-me';

const BEARER = /^Bearer (\S+)$/;

export const meRoute = (deps: AuthDeps) =>
  route(async (req, res) => {
    const token = BEARER.exec(req.get('authorization') ?? '')?.[1];
    res.set('Cache-Control', 'no-store');
    res.json({ user: await getMe(deps, token) });
  });
