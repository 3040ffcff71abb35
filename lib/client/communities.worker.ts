/**
 * Web worker: Louvain (lib/client/communities.ts) off the main thread. It gets the drawn graph as plain lists
 * (see communitiesOffThread) and answers with the CommunityResult; on 5,000 nodes the computation took
 * 125–300 ms of the page's main thread, in the middle of the layout's frames.
 */
import Graph from "graphology";
import { detectCommunities } from "./communities";
import type { CommunityInput } from "./communities-off-thread";

const scope = globalThis as unknown as {
  addEventListener(type: "message", fn: (e: MessageEvent<CommunityInput>) => void): void;
  postMessage(message: unknown): void;
};

scope.addEventListener("message", (e) => {
  const { nodes, edges } = e.data;
  const graph = new Graph({ type: "directed", multi: true, allowSelfLoops: true });
  for (const [id, label] of nodes) graph.addNode(id, { label });
  for (const [source, target] of edges) graph.addEdge(source, target);
  scope.postMessage(detectCommunities(graph));
});
