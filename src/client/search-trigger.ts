/**
 * Wire the search entry points without loading search code: the header link
 * opens a dialog (a plain link to the search page without JavaScript), "/" or
 * Ctrl/⌘+K open it from anywhere, and inline search boxes load the search module
 * when first focused. The search page itself loads it at once.
 */
type Mount = (root: HTMLElement, options: { syncUrl: boolean }) => void;

let mountPromise: Promise<Mount> | undefined;
const mounted = new WeakSet<HTMLElement>();

function mount(root: HTMLElement, syncUrl: boolean): void {
  if (mounted.has(root)) return;
  mounted.add(root);
  mountPromise ??= import("./search/ui.ts").then((m) => m.mountSearch);
  void mountPromise.then((fn) => fn(root, { syncUrl }));
}

function isTyping(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))
  );
}

export function initSearchTriggers(): void {
  const dialog = document.querySelector<HTMLDialogElement>("[data-search-dialog]");
  const dialogRoot = dialog?.querySelector<HTMLElement>("[data-search]");
  const openDialog = () => {
    if (!dialog || !dialogRoot) return;
    mount(dialogRoot, false);
    dialog.showModal();
    dialogRoot.querySelector("input")?.focus();
  };

  for (const trigger of document.querySelectorAll<HTMLAnchorElement>("[data-search-open]")) {
    trigger.setAttribute("aria-haspopup", "dialog");
    trigger.addEventListener("click", (event) => {
      if (event.metaKey || event.ctrlKey || event.shiftKey) return; // let "open in new tab" work
      event.preventDefault();
      openDialog();
    });
  }
  dialog?.querySelector("[data-search-close]")?.addEventListener("click", () => dialog.close());
  dialog?.addEventListener("click", (event) => {
    if (event.target === dialog) dialog.close(); // a tap on the backdrop
  });

  document.addEventListener("keydown", (event) => {
    const shortcut =
      (event.key === "/" && !isTyping(event.target)) || (event.key === "k" && (event.metaKey || event.ctrlKey));
    // On the search page "/" goes to its own box, which keeps the filters.
    const pageBox = document.querySelector<HTMLInputElement>(".search-page [data-search] input[name=q]");
    if (shortcut && pageBox) {
      event.preventDefault();
      pageBox.focus();
      pageBox.select();
      return;
    }
    if (shortcut && dialog && !dialog.open) {
      event.preventDefault();
      openDialog();
    }
  });

  for (const root of document.querySelectorAll<HTMLElement>("main [data-search]")) {
    const isSearchPage = root.closest(".search-page") !== null;
    if (isSearchPage) mount(root, true);
    else root.addEventListener("focusin", () => mount(root, false), { once: true });
  }
}
