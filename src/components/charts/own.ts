/**
 * The components a chart has of its own, found in its folder by its id:
 * src/charts/<id>/Enhance.astro, its browser code (the shared ChartEnhance
 * for a chart without one), and src/charts/<id>/Controls.astro, its controls.
 */
import type { ChartId } from "../../charts/registry.ts";
import ChartEnhance from "./ChartEnhance.astro";

// An Astro component as a template uses it.
type Component = (props: Record<string, unknown>) => unknown;

const enhance = import.meta.glob<{ default: Component }>("../../charts/*/Enhance.astro", { eager: true });

/** The script component a chart's page and embed render. */
export function chartEnhance(id: ChartId): Component {
  return enhance[`../../charts/${id}/Enhance.astro`]?.default ?? (ChartEnhance as Component);
}
