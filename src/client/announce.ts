/** Show a short confirmation next to an element and announce it to screen readers. */
export function announce(message: string, near: Element): void {
  let region = document.getElementById("announcer");
  if (!region) {
    region = document.createElement("div");
    region.id = "announcer";
    region.className = "toast";
    region.setAttribute("role", "status");
    document.body.append(region);
  }
  region.textContent = message;
  const rect = near.getBoundingClientRect();
  // Above the element, or below it when there is no room above (the reading bar's buttons).
  const above = rect.top >= 48 ? rect.top - 40 : rect.bottom + 8;
  region.style.top = `${Math.max(8, above + window.scrollY)}px`;
  region.style.left = `${Math.max(8, Math.min(rect.left + window.scrollX, document.documentElement.clientWidth - 160))}px`;
  region.classList.add("toast--visible");
  window.setTimeout(() => region!.classList.remove("toast--visible"), 1600);
}
