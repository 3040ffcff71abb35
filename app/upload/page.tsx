// Upload view (/upload): add articles from the browser; the ingest runs on the server (app/api/ingest).
import { UploadView } from "@/components/upload/UploadView";

export const metadata = { title: "Add articles — Newsgraph" };

export default function UploadPage() {
  return <UploadView />;
}
