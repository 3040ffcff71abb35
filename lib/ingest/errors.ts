/**
 * Per-file ingest errors. Each says what is wrong with the file in a short phrase that starts the same way for
 * every file of one kind (tests and users can match on it), followed by what to try.
 */

/** A problem with one input file; ingest reports it and goes on with the other files. */
export class IngestFileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "IngestFileError";
  }
}

export const SUPPORTED_LABEL = ".txt, .md, .html";

/** Size for messages: MB with at most one decimal ("20 MB", "25.3 MB"); KB or bytes below 1 MB. */
export function humanSize(bytes: number): string {
  const units: [number, string][] = [
    [1024 * 1024, "MB"],
    [1024, "KB"],
  ];
  for (const [size, unit] of units) {
    if (bytes >= size) {
      const v = bytes / size;
      return Number.isInteger(v) ? `${v} ${unit}` : `${v.toFixed(1)} ${unit}`;
    }
  }
  return `${bytes} bytes`;
}

export const fileErrors = {
  empty: () => new IngestFileError("empty file"),
  invalidUtf8: (offset: number) =>
    new IngestFileError(`not valid UTF-8 (byte offset ${offset}); re-save the file as UTF-8 text`),
  binaryNul: () => new IngestFileError("binary file (contains NUL bytes); only text, Markdown and HTML files are read"),
  binaryControl: (share: number) =>
    new IngestFileError(
      `binary file (${Math.round(share * 100)}% control characters); only text, Markdown and HTML files are read`,
    ),
  tooLarge: (size: number, cap: number) =>
    new IngestFileError(`larger than the ${humanSize(cap)} cap (${humanSize(size)}); split it into smaller files`),
  unsupportedExtension: (ext: string) =>
    new IngestFileError(
      ext === ""
        ? `unsupported file without extension (expected ${SUPPORTED_LABEL})`
        : `unsupported extension "${ext}" (expected ${SUPPORTED_LABEL})`,
    ),
  emptyFolder: () =>
    new IngestFileError(`folder holds no ${SUPPORTED_LABEL} files (hidden files and other types are skipped)`),
  noArticles: () => new IngestFileError("no article text found (only headlines, captions, markers or page footers)"),
  notAFile: () => new IngestFileError("not a regular file or folder"),
};

const FS_MESSAGES: Record<string, string> = {
  ENOENT: "no such file or directory",
  ENOTDIR: "no such file or directory (a parent is not a folder)",
  EACCES: "permission denied",
  EPERM: "permission denied",
  EISDIR: "is a folder",
  ELOOP: "too many symbolic links",
  ENAMETOOLONG: "file name too long",
  EMFILE: "too many open files; try fewer files at once",
};

/** A file-system error (from stat/readdir/readFile) as a per-file message. */
export function fsErrorMessage(err: unknown): string {
  const code = (err as NodeJS.ErrnoException | undefined)?.code;
  if (code && FS_MESSAGES[code]) return FS_MESSAGES[code];
  return err instanceof Error ? err.message : String(err);
}

/** Message of any error thrown while ingesting one file. */
export function errorMessage(err: unknown): string {
  if (err instanceof IngestFileError) return err.message;
  if ((err as NodeJS.ErrnoException | undefined)?.code) return fsErrorMessage(err);
  return err instanceof Error ? err.message : String(err);
}
