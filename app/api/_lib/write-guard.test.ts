import { test } from "node:test";
import assert from "node:assert/strict";
import { checkWriteRequest, guardWrite, isLoopbackHost, listenHost, WriteRefusedError } from "./write-guard";

const LOOPBACK_ARGV = ["node", "next", "start", "-H", "127.0.0.1", "-p", "3000"];

function post(headers: Record<string, string>, url = "http://127.0.0.1:3000/api/corrections"): Request {
  return new Request(url, { method: "POST", headers: { host: new URL(url).host, ...headers }, body: "{}" });
}

function refusal(req: Request, opts: Parameters<typeof checkWriteRequest>[1]): WriteRefusedError | null {
  try {
    checkWriteRequest(req, opts);
    return null;
  } catch (e) {
    assert.ok(e instanceof WriteRefusedError, String(e));
    return e;
  }
}

test("listenHost: explicit env, then next start -H / --hostname, then HOSTNAME; none = all interfaces", () => {
  assert.equal(listenHost({ NEWSGRAPH_LISTEN_HOST: "0.0.0.0" }, LOOPBACK_ARGV), "0.0.0.0");
  assert.equal(listenHost({}, LOOPBACK_ARGV), "127.0.0.1");
  assert.equal(listenHost({}, ["next", "start", "--hostname=::1"]), "::1");
  assert.equal(listenHost({ HOSTNAME: "localhost" }, ["next", "start"]), "localhost");
  assert.equal(listenHost({}, ["next", "start"]), null);
  assert.ok(isLoopbackHost("127.0.0.1") && isLoopbackHost("::1") && isLoopbackHost("127.1.2.3"));
  assert.ok(!isLoopbackHost("0.0.0.0") && !isLoopbackHost(null) && !isLoopbackHost("192.168.1.5"));
});

test("same-origin JSON on a loopback server is allowed; no Origin (curl) too", () => {
  const opts = { env: {}, argv: LOOPBACK_ARGV };
  assert.equal(refusal(post({ "content-type": "application/json", origin: "http://127.0.0.1:3000" }), opts), null);
  assert.equal(refusal(post({ "content-type": "application/json; charset=utf-8" }), opts), null);
});

test("a foreign Origin or a cross-site fetch is refused with 403", () => {
  const opts = { env: {}, argv: LOOPBACK_ARGV };
  const foreign = refusal(post({ "content-type": "application/json", origin: "https://evil.example" }), opts);
  assert.equal(foreign?.status, 403);
  assert.equal(foreign?.code, "foreign_origin");
  const sameHostOtherPort = refusal(
    post({ "content-type": "application/json", origin: "http://127.0.0.1:9999" }),
    opts,
  );
  assert.equal(sameHostOtherPort?.code, "foreign_origin");
  const crossSite = refusal(post({ "content-type": "application/json", "sec-fetch-site": "cross-site" }), opts);
  assert.equal(crossSite?.status, 403);
});

test("bodies other than JSON (or multipart where accepted) are refused with 415", () => {
  const opts = { env: {}, argv: LOOPBACK_ARGV };
  assert.equal(refusal(post({ "content-type": "text/plain" }), opts)?.status, 415);
  assert.equal(refusal(post({}), opts)?.status, 415);
  assert.equal(refusal(post({ "content-type": "multipart/form-data; boundary=x" }), opts)?.status, 415);
  const multipart = { ...opts, accept: ["json" as const, "multipart" as const] };
  assert.equal(refusal(post({ "content-type": "multipart/form-data; boundary=x" }), multipart), null);
});

test("writes are off on a non-loopback server without a token", () => {
  const r = refusal(post({ "content-type": "application/json" }), { env: {}, argv: ["next", "start"] });
  assert.equal(r?.status, 403);
  assert.equal(r?.code, "writes_disabled");
  assert.match(r!.message, /NEWSGRAPH_WRITE_TOKEN/);
});

test("with NEWSGRAPH_WRITE_TOKEN set the token is required, on any host", () => {
  const env = { NEWSGRAPH_WRITE_TOKEN: "s3cret" };
  for (const argv of [LOOPBACK_ARGV, ["next", "start", "-H", "0.0.0.0"]]) {
    assert.equal(refusal(post({ "content-type": "application/json" }), { env, argv })?.status, 401);
    const wrong = post({ "content-type": "application/json", authorization: "Bearer nope" });
    assert.equal(refusal(wrong, { env, argv })?.code, "unauthorized");
    assert.equal(
      refusal(post({ "content-type": "application/json", authorization: "Bearer s3cret" }), { env, argv }),
      null,
    );
    assert.equal(
      refusal(post({ "content-type": "application/json", "x-newsgraph-token": "s3cret" }), { env, argv }),
      null,
    );
  }
});

test("guardWrite answers the refusal as JSON with the status, null when allowed", async () => {
  const res = guardWrite(post({ "content-type": "application/json", origin: "https://evil.example" }), {
    env: {},
    argv: LOOPBACK_ARGV,
  });
  assert.equal(res?.status, 403);
  assert.equal(((await res!.json()) as { error: { code: string } }).error.code, "foreign_origin");
  assert.equal(guardWrite(post({ "content-type": "application/json" }), { env: {}, argv: LOOPBACK_ARGV }), null);
});
