/** ForceAtlas2 settings shared by the explorer's worker layout and the static mini graphs. */
import type { ForceAtlas2Settings } from "graphology-layout-forceatlas2";

export function layoutSettings(inferred: ForceAtlas2Settings, order: number): ForceAtlas2Settings {
  // More repulsion than inferSettings gives small graphs, so pairs and hubs do not collapse onto each other.
  return {
    ...inferred,
    scalingRatio: order > 500 ? 2 : 12,
    gravity: 0.4,
    slowDown: 4,
    barnesHutOptimize: order > 300,
  };
}
