/**
 * "Save for offline" (components/offline/SaveOffline.astro): the first tap
 * fetches the document's pack list and shows its size; "Start saving" fetches
 * every file into the document's cache with a progress bar; once saved, the
 * reader can remove it again.
 */
import { fillTemplate } from "../../i18n/fill.ts";
import { formatMegabytes, isOfflinePack, type OfflinePack } from "../../offline/pack.ts";
import { offlineSupported, removeSaved, savedPack, savePack } from "./store.ts";

function setup(root: HTMLElement): void {
  const { pack: packUrl = "", cache: cacheName = "" } = root.dataset;
  const part = <T extends HTMLElement>(name: string) => root.querySelector<T>(`[data-${name}]`)!;
  const open = part<HTMLButtonElement>("save-open");
  const confirm = part("save-confirm");
  const progress = part<HTMLProgressElement>("save-progress");
  const status = part("save-status");
  const done = part("save-done");
  let pack: OfflinePack | undefined;
  let controller: AbortController | undefined;

  const showSaved = (saved: OfflinePack) => {
    open.hidden = true;
    confirm.hidden = true;
    progress.hidden = true;
    done.hidden = false;
    status.textContent = fillTemplate(root.dataset.saved ?? "", { mb: formatMegabytes(saved.bytes) });
  };
  const reset = () => {
    open.hidden = false;
    open.setAttribute("aria-expanded", "false");
    confirm.hidden = true;
    progress.hidden = true;
    done.hidden = true;
  };

  open.addEventListener("click", async () => {
    try {
      const response = await fetch(packUrl, { cache: "no-cache" });
      const value: unknown = response.ok ? await response.json() : undefined;
      if (!isOfflinePack(value)) throw new Error(`${packUrl}: HTTP ${response.status}`);
      pack = value;
    } catch (error) {
      status.textContent = fillTemplate(root.dataset.failed ?? "", { reason: (error as Error).message });
      return;
    }
    part("save-size").textContent = fillTemplate(root.dataset.size ?? "", {
      mb: formatMegabytes(pack.gzipBytes),
      files: pack.files.length,
    });
    status.textContent = "";
    confirm.hidden = false;
    open.setAttribute("aria-expanded", "true");
    part<HTMLButtonElement>("save-start").focus();
  });
  part("save-cancel").addEventListener("click", () => {
    controller?.abort();
    reset();
    open.focus();
  });
  part("save-start").addEventListener("click", async () => {
    if (!pack) return;
    const saving = pack;
    controller = new AbortController();
    open.hidden = true;
    confirm.hidden = true;
    progress.hidden = false;
    progress.max = saving.files.length;
    progress.value = 0;
    const report = (n: number) => {
      progress.value = n;
      status.textContent = fillTemplate(root.dataset.saving ?? "", { done: n, files: saving.files.length });
    };
    report(0);
    try {
      await savePack(saving, packUrl, cacheName, report, controller.signal);
      showSaved(saving);
    } catch (error) {
      reset();
      status.textContent = fillTemplate(root.dataset.failed ?? "", { reason: (error as Error).message });
    }
  });
  part("save-remove").addEventListener("click", async () => {
    await removeSaved(cacheName);
    status.textContent = "";
    reset();
    open.focus();
  });

  root.hidden = false;
  void savedPack(cacheName).then((saved) => saved && showSaved(saved));
}

export function initSaveOffline(): void {
  if (!offlineSupported()) return;
  document.querySelectorAll<HTMLElement>("[data-save-offline]").forEach(setup);
}
