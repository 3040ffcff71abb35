// POST /api/ingest — upload files (multipart or JSON) and ingest them incrementally; the answer is a stream of
// server-sent events (progress per file and overall, then the summary). GET — whether an ingest is running.
// A write route: guarded by _lib/guard.ts; limits and the one-at-a-time rule live in lib/pipeline.
import { NextResponse } from "next/server";
import { errorResponse } from "../_lib/respond";
import { guardWrite } from "../_lib/guard";
import { readUpload } from "@/lib/pipeline/upload-request";
import { assertNotBusy, startUpload, uploadStatus, UploadRefusedError } from "@/lib/pipeline/upload-job";

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

export function GET() {
  return NextResponse.json(uploadStatus());
}

export async function POST(req: Request) {
  const refused = guardWrite(req, { accept: ["json", "multipart"] });
  if (refused) return refused;
  try {
    assertNotBusy(); // the busy answer comes before a large body is read
    const files = await readUpload(req);
    const stream = startUpload(files, req.signal);
    return new Response(stream, {
      headers: { "content-type": "text/event-stream; charset=utf-8", "cache-control": "no-cache, no-transform" },
    });
  } catch (e) {
    if (e instanceof UploadRefusedError) {
      return NextResponse.json({ error: { code: e.code, message: e.message } }, { status: e.status });
    }
    return errorResponse(e);
  }
}
