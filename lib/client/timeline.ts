/** Orders articles for the entity timeline: by date ascending, undated last, ties by title. Pure. */
export interface Dated {
  date: string | null;
  title: string;
}

export function timelineOrder<T extends Dated>(items: readonly T[]): T[] {
  return [...items].sort((a, b) => {
    if (a.date && b.date && a.date !== b.date) return a.date < b.date ? -1 : 1;
    if (a.date && !b.date) return -1;
    if (!a.date && b.date) return 1;
    return a.title.localeCompare(b.title);
  });
}
