import { createServer, type Server, type ServerResponse } from 'node:http';

export interface HttpTimeouts {
  /** How long an idle keep-alive connection stays open; above the idle timeout of any proxy in front. */
  keepAliveMs: number;
}

export interface DrainableServer {
  server: Server;
  /** True once the drain has begun (readiness answers not ready). */
  draining(): boolean;
  /** Requests received since start, and those not yet answered. */
  requests(): { received: number; inFlight: number };
  /**
   * Stops accepting, closes idle connections at once and each busy one as soon as its last response ends
   * (responses not yet begun carry `Connection: close`), and after `graceMs` closes whatever is still open.
   * Resolves once every connection is closed, with how many requests the grace period cut off.
   */
  drain(graceMs: number): Promise<{ cutOff: number }>;
}

/**
 * An HTTP server that can drain; the caller adds its app as a 'request' listener. Node's close() closes only the
 * connections idle at that moment: one whose response ends afterwards stays open for the whole keep-alive timeout,
 * which is long behind a load balancer.
 */
export function drainableServer(timeouts: HttpTimeouts): DrainableServer {
  // Headers timeout above the keep-alive one, the usual pairing behind a proxy (older Node counted the idle wait in it).
  const server = createServer({ keepAliveTimeout: timeouts.keepAliveMs, headersTimeout: timeouts.keepAliveMs + 1000 });
  const open = new Set<ServerResponse>();
  let received = 0;
  let draining = false;
  // Ahead of the app's listener, whenever that was added: the header must be set before the app can answer.
  server.prependListener('request', (_req, res: ServerResponse) => {
    received += 1;
    open.add(res);
    if (draining) res.setHeader('Connection', 'close');
    res.on('close', () => {
      open.delete(res);
      // Its connection is idle now (the response is detached); a response that began before the drain kept it alive.
      if (draining) server.closeIdleConnections();
    });
  });

  const drain = (graceMs: number) =>
    new Promise<{ cutOff: number }>((resolve) => {
      draining = true;
      // Tell the clients of requests in flight not to send another on the same connection.
      for (const res of open) if (!res.headersSent) res.setHeader('Connection', 'close');
      let cutOff = 0;
      const grace = setTimeout(() => {
        cutOff = open.size;
        server.closeAllConnections();
      }, graceMs);
      // close() stops accepting and (Node ≥ 19) closes the connections idle now; its callback waits for the rest.
      server.close(() => {
        clearTimeout(grace);
        resolve({ cutOff });
      });
    });

  return { server, draining: () => draining, requests: () => ({ received, inFlight: open.size }), drain };
}
