type Choice = "auto" | "light" | "dark";
const ORDER: Choice[] = ["auto", "light", "dark"];

function current(): Choice {
  const t = document.documentElement.dataset.theme;
  return t === "light" || t === "dark" ? t : "auto";
}

function apply(choice: Choice, button: HTMLButtonElement): void {
  const root = document.documentElement;
  if (choice === "auto") delete root.dataset.theme;
  else root.dataset.theme = choice;
  try {
    if (choice === "auto") localStorage.removeItem("theme");
    else localStorage.setItem("theme", choice);
  } catch {
    /* storage may be blocked; the choice still applies to this page */
  }
  const label = button.dataset[`label${choice[0]!.toUpperCase()}${choice.slice(1)}`] ?? choice;
  button.setAttribute("aria-label", label);
  button.title = label;
  button.dataset.choice = choice;
}

/** The colour-scheme button cycles system → light → dark. */
export function initTheme(): void {
  const button = document.querySelector<HTMLButtonElement>("[data-theme-toggle]");
  if (!button) return;
  button.hidden = false;
  apply(current(), button);
  button.addEventListener("click", () => {
    const next = ORDER[(ORDER.indexOf(current()) + 1) % ORDER.length]!;
    apply(next, button);
  });
}
