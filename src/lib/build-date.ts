/**
 * The day of this build (UTC) as YYYY-MM-DD: the "accessed" date of the
 * citations a page offers. SOURCE_DATE_EPOCH (seconds), when set, fixes it
 * for reproducible builds.
 */
export function buildDay(env: Record<string, string | undefined> = process.env, now = new Date()): string {
  const epoch = env.SOURCE_DATE_EPOCH;
  if (epoch !== undefined && !/^\d+$/.test(epoch))
    throw new Error(`SOURCE_DATE_EPOCH must be whole seconds since 1970, not "${epoch}"`);
  return (epoch !== undefined ? new Date(Number(epoch) * 1000) : now).toISOString().slice(0, 10);
}
