// Unit tests for the request guard (reads and writes) and the id/date schemas: pure Request objects, no server,
// no database.
import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { guardRequest, guardWrite, isLoopbackHost, jsonDepth, listenHost, readGuardedJson } from "./guard";
import { HttpError } from "./respond";
import { isCalendarDate, overviewQuery, routeId } from "./schemas";

function post(body: BodyInit | null, headers: Record<string, string>): Request {
  return new Request("http://127.0.0.1:3000/api/x", {
    method: "POST",
    body,
    headers: { host: "127.0.0.1:3000", ...headers },
  });
}

async function status(req: Request, opts = {}): Promise<number | "ok"> {
  try {
    await readGuardedJson(req, opts);
    return "ok";
  } catch (e) {
    assert.ok(e instanceof HttpError, String(e));
    return e.status;
  }
}

/** The refusal guardRequest throws (status and code), or null when the request passes. */
function refusal(req: Request, opts: Parameters<typeof guardRequest>[1]): HttpError | null {
  try {
    guardRequest(req, opts);
    return null;
  } catch (e) {
    assert.ok(e instanceof HttpError, String(e));
    return e;
  }
}

const LOOPBACK_ARGV = ["node", "next", "start", "-H", "127.0.0.1", "-p", "3000"];

describe("readGuardedJson", () => {
  const json = { "content-type": "application/json" };
  it("accepts same-origin JSON and requests without an Origin", async () => {
    assert.equal(await status(post('{"a":1}', { ...json, origin: "http://127.0.0.1:3000" })), "ok");
    assert.equal(await status(post('{"a":1}', { "content-type": "application/json; charset=utf-8" })), "ok");
    assert.deepEqual(await readGuardedJson(post('{"a":[1]}', json)), { a: [1] });
  });

  it("refuses other content types with 415", async () => {
    assert.equal(await status(post('{"a":1}', { "content-type": "text/plain" })), 415);
    assert.equal(await status(post('{"a":1}', {})), 415);
    assert.equal(await status(post("a=1", { "content-type": "application/x-www-form-urlencoded" })), 415);
  });

  it("refuses a foreign Origin or a cross-site fetch with 403 foreign_origin", async () => {
    const foreign = refusal(post("{}", { ...json, origin: "https://evil.example" }), {});
    assert.equal(foreign?.status, 403);
    assert.equal(foreign?.code, "foreign_origin");
    const crossSite = refusal(post("{}", { ...json, "sec-fetch-site": "cross-site" }), {});
    assert.equal(crossSite?.code, "foreign_origin");
    // Same host, other port: another origin.
    assert.equal(refusal(post("{}", { ...json, origin: "http://127.0.0.1:9999" }), {})?.code, "foreign_origin");
    assert.equal(await status(post("{}", { ...json, origin: "http://evil.example" })), 403);
    assert.equal(await status(post("{}", { ...json, origin: "http://127.0.0.1:3001" })), 403);
    assert.equal(await status(post("{}", { ...json, origin: "null" })), 403);
    assert.equal(await status(post("{}", { ...json, "sec-fetch-site": "cross-site" })), 403);
    assert.equal(
      await status(post("{}", { ...json, origin: "https://graph.example.org" }), {
        allowedOrigins: ["https://graph.example.org"],
      }),
      "ok",
    );
  });

  it("refuses oversized bodies with 413, declared or streamed", async () => {
    const big = JSON.stringify({ s: "x".repeat(2000) });
    assert.equal(await status(post(big, json), { maxBytes: 1000 }), 413);
    const stream = new ReadableStream<Uint8Array>({
      pull(c) {
        c.enqueue(new Uint8Array(600).fill(32));
      },
    });
    const streamed = new Request("http://127.0.0.1:3000/api/x", {
      method: "POST",
      body: stream,
      headers: json,
      duplex: "half",
    } as RequestInit);
    assert.equal(await status(streamed, { maxBytes: 10_000 }), 413);
  });

  it("refuses deep nesting and bad JSON with 400 before parsing", async () => {
    assert.equal(await status(post("[".repeat(100) + "]".repeat(100), json), { maxDepth: 32 }), 400);
    assert.equal(await status(post("{not json", json)), 400);
    assert.equal(jsonDepth('{"a":"[[[[","b":[{"c":[]}]}'), 4);
  });
});

describe("write routes (guardRequest with write: true)", () => {
  const json = { "content-type": "application/json" };
  it("listenHost: explicit env, then next start -H / --hostname, then HOSTNAME; none = all interfaces", () => {
    assert.equal(listenHost({ NEWSGRAPH_LISTEN_HOST: "0.0.0.0" }, LOOPBACK_ARGV), "0.0.0.0");
    assert.equal(listenHost({}, LOOPBACK_ARGV), "127.0.0.1");
    assert.equal(listenHost({}, ["next", "start", "--hostname=::1"]), "::1");
    assert.equal(listenHost({ HOSTNAME: "localhost" }, ["next", "start"]), "localhost");
    assert.equal(listenHost({}, ["next", "start"]), null);
    assert.ok(isLoopbackHost("127.0.0.1") && isLoopbackHost("::1") && isLoopbackHost("127.1.2.3"));
    assert.ok(!isLoopbackHost("0.0.0.0") && !isLoopbackHost(null) && !isLoopbackHost("192.168.1.5"));
  });

  it("same-origin JSON on a loopback server may write; no Origin (curl) too", () => {
    const opts = { write: true, env: {}, argv: LOOPBACK_ARGV };
    assert.equal(refusal(post("{}", { ...json, origin: "http://127.0.0.1:3000" }), opts), null);
    assert.equal(refusal(post("{}", { "content-type": "application/json; charset=utf-8" }), opts), null);
  });

  it("the origin and content-type refusals come before the write check", () => {
    const opts = { write: true, env: { NEWSGRAPH_WRITE_TOKEN: "s3cret" }, argv: LOOPBACK_ARGV };
    assert.equal(refusal(post("{}", { "content-type": "text/plain" }), opts)?.status, 415);
    assert.equal(refusal(post("{}", { ...json, origin: "https://evil.example" }), opts)?.code, "foreign_origin");
  });

  it("multipart only where the route accepts it", () => {
    const opts = { write: true, env: {}, argv: LOOPBACK_ARGV };
    const multipart = { "content-type": "multipart/form-data; boundary=x" };
    assert.equal(refusal(post("x", multipart), opts)?.code, "unsupported_media_type");
    assert.equal(refusal(post("x", multipart), { ...opts, accept: ["json", "multipart"] }), null);
  });

  it("writes are off on a non-loopback server without a token: 403 writes_disabled", () => {
    const r = refusal(post("{}", json), { write: true, env: {}, argv: ["next", "start"] });
    assert.equal(r?.status, 403);
    assert.equal(r?.code, "writes_disabled");
    assert.match(r!.message, /NEWSGRAPH_WRITE_TOKEN/);
    // A read route on the same server is not a write.
    assert.equal(refusal(post("{}", json), { env: {}, argv: ["next", "start"] }), null);
  });

  it("with NEWSGRAPH_WRITE_TOKEN set the token is required, on any host: 401 unauthorized", () => {
    const env = { NEWSGRAPH_WRITE_TOKEN: "s3cret" };
    for (const argv of [LOOPBACK_ARGV, ["next", "start", "-H", "0.0.0.0"]]) {
      const opts = { write: true, env, argv };
      assert.equal(refusal(post("{}", json), opts)?.status, 401);
      assert.equal(refusal(post("{}", { ...json, authorization: "Bearer nope" }), opts)?.code, "unauthorized");
      assert.equal(refusal(post("{}", { ...json, authorization: "Bearer s3cret" }), opts), null);
      assert.equal(refusal(post("{}", { ...json, "x-newsgraph-token": "s3cret" }), opts), null);
    }
  });

  it("readGuardedJson with write: true refuses before reading the body; guardWrite answers as JSON", async () => {
    const opts = { write: true, env: {}, argv: ["next", "start"] };
    assert.equal(await status(post("{not json", json), opts), 403);
    const res = guardWrite(post("{}", { ...json, origin: "https://evil.example" }), { env: {}, argv: LOOPBACK_ARGV });
    assert.equal(res?.status, 403);
    assert.equal(((await res!.json()) as { error: { code: string } }).error.code, "foreign_origin");
    assert.equal(guardWrite(post("{}", json), { env: {}, argv: LOOPBACK_ARGV }), null);
  });
});

describe("routeId and dates", () => {
  it("decodes ids and turns malformed percent-encoding into a validation error", () => {
    assert.equal(routeId("a%20b"), "a b");
    assert.throws(() => routeId("%"), /malformed percent-encoding/);
    assert.throws(() => routeId("%E0%A4%A"), /malformed/);
  });

  it("accepts only real calendar dates", () => {
    for (const d of ["2024-02-29", "2005-01-31", "0001-01-01"]) assert.ok(isCalendarDate(d), d);
    for (const d of ["2024-13-45", "0000-00-00", "2023-02-29", "2024-04-31", "2024-1-01"]) {
      assert.equal(isCalendarDate(d), false, d);
    }
    assert.equal(overviewQuery.safeParse({ from: "2024-13-45" }).success, false);
    assert.equal(overviewQuery.safeParse({ from: "2024-02-29", to: "2024-03-01" }).success, true);
  });
});

describe("routes refuse bad ids and dates with 400 before touching the database", () => {
  const ctx = (id: string) => ({ params: Promise.resolve({ id }) });
  it("a malformed percent-encoding in an id is 400 on all four id routes", async () => {
    const routes = await Promise.all([
      import("../articles/[id]/route"),
      import("../entities/[id]/route"),
      import("../entities/[id]/neighbours/route"),
      import("../relations/[id]/evidence/route"),
    ]);
    for (const route of routes) {
      const res = await route.GET(new Request("http://127.0.0.1:3000/api/x/%25"), ctx("%"));
      assert.equal(res.status, 400);
      assert.match(((await res.json()) as { error: { message: string } }).error.message, /malformed percent-encoding/);
    }
  });

  it("?from=2024-13-45 and 0000-00-00 are 400 on the overview", async () => {
    const { GET } = await import("../graph/overview/route");
    for (const from of ["2024-13-45", "0000-00-00"]) {
      const res = await GET(new Request(`http://127.0.0.1:3000/api/graph/overview?from=${from}`));
      assert.equal(res.status, 400, from);
    }
  });

  it("the console refuses text/plain and foreign origins before reading the query", async () => {
    const { POST } = await import("../cypher/route");
    const body = JSON.stringify({ query: "RETURN 1" });
    const plain = await POST(post(body, { "content-type": "text/plain" }));
    assert.equal(plain.status, 415);
    const foreign = await POST(post(body, { "content-type": "application/json", origin: "http://evil.example" }));
    assert.equal(foreign.status, 403);
  });

  it("the co-mentions route is guarded like every POST", async () => {
    const { POST } = await import("../graph/comentions/route");
    const body = JSON.stringify({ ids: ["person:a"] });
    assert.equal((await POST(post(body, { "content-type": "text/plain" }))).status, 415);
    const foreign = await POST(post(body, { "content-type": "application/json", origin: "http://evil.example" }));
    assert.equal(foreign.status, 403);
    assert.equal((await POST(post("[".repeat(50), { "content-type": "application/json" }))).status, 400);
  });
});
