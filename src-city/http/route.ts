import type { RouteContext } from './context.js';
import type { Reply } from './reply.js';

export interface Route {
  readonly method: 'GET' | 'POST' | 'PUT';
  /** Matched against the whole path; groups become `context.params`. */
  readonly pattern: RegExp;
  /** Admin routes are refused unless the server has an admin token and the request carries it. */
  readonly admin?: boolean;
  readonly handle: (context: RouteContext) => Promise<Reply>;
}

export function route(
  method: Route['method'],
  path: string | RegExp,
  handle: Route['handle'],
  admin = false,
): Route {
  const pattern =
    typeof path === 'string'
      ? new RegExp(`^${path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`)
      : path;
  return { method, pattern, handle, admin };
}
