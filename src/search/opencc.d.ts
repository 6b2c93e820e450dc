// opencc-js ships types for its presets only; these are the dictionary modules we import.
declare module "opencc-js/dict/TWVariantsRev" {
  const dict: string;
  export default dict;
}
declare module "opencc-js/to/cn" {
  const group: import("opencc-js/core").DictGroup[];
  export default group;
}
