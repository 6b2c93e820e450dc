/** Governance events on one time axis, a lane per actor, with the dates documents disagree on drawn at both. */
import { defineChart } from "../definition.ts";
import { drawGovernanceTimeline } from "./draw.ts";
import { checkGovernanceTimeline, governanceTimelineSchema } from "./schema.ts";
import { governanceTimelineView } from "./view.ts";

export default defineChart({
  id: "governance-timeline",
  schema: governanceTimelineSchema,
  check: checkGovernanceTimeline,
  refs: (d) =>
    d.events.flatMap((e, i) => [
      { field: `events.${i}.source`, ref: e.source },
      ...(e.disputed ? [{ field: `events.${i}.disputed.source`, ref: e.disputed.source }] : []),
    ]),
  view: governanceTimelineView,
  draw: drawGovernanceTimeline,
});
