// Corrections view (/corrections): every stored curation record, newest first, with undo.
import { CorrectionsView } from "@/components/curation/CorrectionsView";

export const dynamic = "force-dynamic";
export const metadata = { title: "Corrections — Newsgraph" };

export default function CorrectionsPage() {
  return <CorrectionsView />;
}
