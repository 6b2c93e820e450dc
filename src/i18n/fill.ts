/**
 * Fill {placeholders} in a UI string template. An unknown placeholder is left
 * visible. Plain code with no string tables, so browser scripts can use it on
 * templates the page hands them.
 */
export function fillTemplate(template: string, vars: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (m, name: string) => (name in vars ? String(vars[name]) : m));
}
