/**
 * The components a chart has of its own, found in its folder by its id:
 * src/charts/<id>/Controls.astro, its controls (its definition's page.controls
 * says where they go), and src/charts/<id>/Enhance.astro, its browser code
 * (the shared ChartEnhance for a chart without a behaviour of its own).
 */
import type { ChartView } from "../../charts/types.ts";
import ChartEnhance from "./ChartEnhance.astro";

// An Astro component as a template uses it.
type Component = (props: Record<string, unknown>) => unknown;

const controls = import.meta.glob<{ default: Component }>("../../charts/*/Controls.astro", { eager: true });
const enhance = import.meta.glob<{ default: Component }>("../../charts/*/Enhance.astro", { eager: true });

/** The chart's controls (given `lang` and the chart's `model`), or undefined for a chart without. */
export function chartControls(view: ChartView): Component | undefined {
  const own = controls[`../../charts/${view.id}/Controls.astro`]?.default;
  if (Boolean(own) !== Boolean(view.page.controls))
    throw new Error(
      `src/charts/${view.id}/: a chart with controls has Controls.astro and says where they go (page.controls in chart.ts); one is missing`,
    );
  return own;
}

/** The script component the chart's page and embed render. */
export function chartEnhance(view: ChartView): Component {
  return enhance[`../../charts/${view.id}/Enhance.astro`]?.default ?? (ChartEnhance as Component);
}
