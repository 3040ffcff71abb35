/** Reads a JSON request body, turning a malformed one into a 400 that says what was expected. */
import { z } from "zod";

export async function readJsonBody(req: Request, expected: string): Promise<unknown> {
  try {
    return await req.json();
  } catch {
    throw new z.ZodError([{ code: "custom", path: [], message: `body must be JSON: ${expected}`, input: undefined }]);
  }
}
