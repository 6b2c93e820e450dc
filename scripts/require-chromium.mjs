// The site tests need two system programs: Debian's Chromium (the browser tests) and Java
// (the W3C Nu checker, vnu-jar). Fail fast, one line each, when either is missing.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";

let ok = true;
const path = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
if (!existsSync(path)) {
  console.error(
    `Chromium not found at ${path}: install it with "sudo apt-get install -y chromium" (or set CHROMIUM_PATH), then run npm test again.`,
  );
  ok = false;
}
const java = process.env.JAVA ?? "java";
const version = spawnSync(java, ["-version"], { encoding: "utf8" });
if (version.error || version.status !== 0) {
  console.error(
    `Java not found (${java}): the W3C Nu checker needs it. Install it with "sudo apt-get install -y default-jre-headless" (or set JAVA to a java binary), then run npm test again.`,
  );
  ok = false;
}
if (!ok) process.exit(1);
