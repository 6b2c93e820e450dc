/** Records as CSV (RFC 4180: quoted when needed, CRLF line ends), with a BOM so spreadsheet programs read Chinese as UTF-8. */
export function toCsv(records: readonly Record<string, string | number>[]): string {
  if (!records.length) return "";
  const keys = Object.keys(records[0]!);
  const cell = (v: string | number | undefined) => {
    const s = v === undefined ? "" : String(v);
    return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  return (
    "\uFEFF" + [keys.join(","), ...records.map((r) => keys.map((k) => cell(r[k])).join(","))].join("\r\n") + "\r\n"
  );
}
