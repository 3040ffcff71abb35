/**
 * Concurrent API clients for the reliability test and bench: `n` loops, each calling route handlers in turn as
 * fast as they answer, counting answers by HTTP status. A thrown error (a route must never throw: `handle()` maps
 * everything to a status) is counted as "thrown", so it fails the caller's status check instead of the loop.
 */
export type RouteCall = () => Promise<Response>;

export interface ClientTally {
  /** Answers by status ("200", "503", … or "thrown"). */
  statuses: Record<string, number>;
  requests: number;
  /** Slowest answer seen, in ms. */
  maxMs: number;
}

export function hammerRoutes(calls: RouteCall[], clients: number): { stop: () => Promise<ClientTally> } {
  const tally: ClientTally = { statuses: {}, requests: 0, maxMs: 0 };
  let running = true;
  const count = (key: string) => (tally.statuses[key] = (tally.statuses[key] ?? 0) + 1);
  const loops = Array.from({ length: clients }, async (_, c) => {
    for (let i = c; running; i++) {
      const started = performance.now();
      try {
        const res = await calls[i % calls.length]();
        await res.arrayBuffer();
        count(String(res.status));
      } catch {
        count("thrown");
      }
      tally.requests++;
      tally.maxMs = Math.max(tally.maxMs, performance.now() - started);
    }
  });
  return {
    stop: async () => {
      running = false;
      await Promise.all(loops);
      return tally;
    },
  };
}
