/** The part of autocannon's API the api bench uses (the package ships no types). */
declare module "autocannon" {
  interface Options {
    url: string;
    connections: number;
    duration: number;
    timeout?: number;
    requests?: {
      method?: string;
      setupRequest?: (req: Record<string, unknown>) => Record<string, unknown>;
      onResponse?: (status: number, body: string, context: unknown, headers: Record<string, string>) => void;
    }[];
  }
  interface Result {
    errors: number;
    timeouts: number;
    non2xx: number;
    requests: { total: number };
  }
  interface Instance extends PromiseLike<Result> {
    on(event: "response", fn: (client: unknown, status: number, bytes: number, responseTime: number) => void): void;
  }
  export default function autocannon(options: Options): Instance;
}
