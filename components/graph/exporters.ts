/**
 * Export registry of the graph view: each entry turns the current render graph (and sigma, for images) into a
 * downloaded file. A new format is one more entry.
 */
"use client";
import type Graph from "graphology";
import type Sigma from "sigma";

export interface Exporter {
  id: string;
  label: string;
  description: string;
  run: (graph: Graph, sigma: Sigma) => Promise<void>;
}

function download(blob: Blob, fileName: string) {
  const url = URL.createObjectURL(blob);
  const a = document.createElement("a");
  a.href = url;
  a.download = fileName;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export const EXPORTERS: Exporter[] = [
  {
    id: "png",
    label: "PNG",
    description: "Image of the current view",
    run: async (_graph, sigma) => {
      const { toBlob } = await import("@sigma/export-image");
      download(await toBlob(sigma, { format: "png", backgroundColor: "#ffffff" }), "newsgraph.png");
    },
  },
  {
    id: "gexf",
    label: "GEXF",
    description: "Graph for Gephi",
    run: async (graph) => {
      const { write } = await import("graphology-gexf/browser");
      download(new Blob([write(graph)], { type: "application/xml" }), "newsgraph.gexf");
    },
  },
  {
    id: "json",
    label: "JSON",
    description: "graphology serialised graph",
    run: async (graph) => {
      download(new Blob([JSON.stringify(graph.export(), null, 2)], { type: "application/json" }), "newsgraph.json");
    },
  },
];
