// The Cypher editor (Neo4j's CodeMirror 6 component, with Cypher highlighting). Client-only: imported with ssr:false.
"use client";
import { CypherEditor } from "@neo4j-cypher/react-codemirror";
import "@neo4j-cypher/codemirror/css/cypher-codemirror.css";

export default function CypherEditorBox({ value, onChange }: { value: string; onChange: (v: string) => void }) {
  return (
    <CypherEditor
      value={value}
      onValueChanged={(v: string) => onChange(v)}
      lineNumbers
      autocomplete
      lint={false}
      placeholder="MATCH (n) RETURN n LIMIT 10"
      theme="light"
      className="cypher-editor"
    />
  );
}
