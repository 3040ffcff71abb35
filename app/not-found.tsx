// 404 page for unknown articles and entities.
import Link from "next/link";

export default function NotFound() {
  return (
    <div className="page" data-testid="not-found">
      <h1>Not found</h1>
      <p className="muted">No article or entity with this id is stored. It may come from another data load.</p>
      <Link href="/">Back to the graph</Link>
    </div>
  );
}
