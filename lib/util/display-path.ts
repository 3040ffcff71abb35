/**
 * How a source file is named on pages: the stored label is relative to the working directory of the ingest when
 * the file was under it ("seeds/000_x.txt"), else absolute ("/srv/archive/bbc/business/405.txt"). Pages never
 * show an absolute path of the server's disk: such a label keeps only its last folder and file name.
 */

/** The label as shown: relative labels unchanged; absolute ones (POSIX, Windows, file://) as "…/folder/file". */
export function displayFilePath(label: string): string {
  const absolute = /^(\/|\\|[A-Za-z]:[\\/]|file:)/.test(label);
  if (!absolute) return label;
  const parts = label.split(/[\\/]+/).filter((p) => p !== "" && !/^[A-Za-z]:$/.test(p) && p !== "file:");
  return `…/${parts.slice(-2).join("/")}`;
}
