// opencc-js ships types for its presets only; these are its per-locale dictionary groups.
declare module "opencc-js/from/twp" {
  const group: import("opencc-js/core").DictGroup[];
  export default group;
}
declare module "opencc-js/to/cn" {
  const group: import("opencc-js/core").DictGroup[];
  export default group;
}
