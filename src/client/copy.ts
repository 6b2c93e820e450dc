/** "Copy" buttons next to citations: hidden without JavaScript, where the text is selectable. */
export function initCopyButtons(): void {
  for (const button of document.querySelectorAll<HTMLButtonElement>("[data-copy]")) {
    const source = document.querySelector<HTMLElement>(button.dataset.copy!);
    if (!source || !navigator.clipboard) continue;
    button.hidden = false;
    const label = button.textContent ?? "";
    button.addEventListener("click", async () => {
      try {
        await navigator.clipboard.writeText(source.innerText.trim());
        button.textContent = button.dataset.copied ?? label;
        window.setTimeout(() => (button.textContent = label), 1600);
      } catch {
        /* clipboard refused: the text remains selectable */
      }
    });
  }
}
