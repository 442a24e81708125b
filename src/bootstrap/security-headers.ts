import type { NextFunction, Request, Response } from 'express';
import helmet from 'helmet';

/**
 * Helmet's headers, with CSP's `upgrade-insecure-requests` only on requests that came over
 * HTTPS (directly, or through a proxy trusted by TRUST_PROXY): over plain HTTP at a LAN
 * address the browser would upgrade every script of /docs to an HTTPS that is not there, and
 * the page would stay blank.
 */
export function securityHeaders(): (
  request: Request,
  response: Response,
  next: NextFunction,
) => void {
  const overHttps = helmet();
  const overHttp = helmet({
    contentSecurityPolicy: { directives: { upgradeInsecureRequests: null } },
  });
  return (request, response, next) =>
    (request.secure ? overHttps : overHttp)(request, response, next);
}
