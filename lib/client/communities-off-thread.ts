/**
 * Runs detectCommunities in a web worker (communities.worker.ts) on a snapshot of the graph: node ids with
 * labels and edge ends, which is all Louvain and the stories' names need. Falls back to the main thread where
 * workers are unavailable. One worker per call: it ends when it has answered.
 */
import type Graph from "graphology";
import { detectCommunities, type CommunityResult } from "./communities";

export interface CommunityInput {
  nodes: [string, string][];
  edges: [string, string][];
}

/** The plain lists the worker gets (pure). */
export function communityInput(graph: Graph): CommunityInput {
  const nodes: [string, string][] = graph.mapNodes((id, attrs) => [id, String(attrs.label ?? id)]);
  const edges: [string, string][] = graph.mapEdges((_e, _a, source, target) => [source, target]);
  return { nodes, edges };
}

/** Communities of `graph` computed off the main thread; `cancel()` drops an answer no longer wanted. */
export function communitiesOffThread(graph: Graph): { result: Promise<CommunityResult>; cancel(): void } {
  if (typeof Worker === "undefined") {
    return { result: Promise.resolve(detectCommunities(graph)), cancel: () => undefined };
  }
  const worker = new Worker(new URL("./communities.worker.ts", import.meta.url));
  const result = new Promise<CommunityResult>((resolve, reject) => {
    worker.onmessage = (e: MessageEvent<CommunityResult>) => {
      worker.terminate();
      resolve(e.data);
    };
    worker.onerror = (e) => {
      worker.terminate();
      reject(new Error(`Louvain worker failed: ${e.message}`));
    };
  });
  worker.postMessage(communityInput(graph));
  return { result, cancel: () => worker.terminate() };
}
