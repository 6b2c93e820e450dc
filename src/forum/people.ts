import type { Speaker } from "../schemas/speaker.ts";

export interface SpeakerGroups {
  /** On a published guest list, in printed order. */
  guests: Speaker[];
  /** Named in the transcripts but not on a guest list, in order of first appearance. */
  others: Speaker[];
  /** People the sources do not identify. */
  unidentified: Speaker[];
}

/**
 * Group everyone for the speakers page. `guests` are ids from the events' guest
 * lists; `appearing` are ids in the order people first appear in the transcripts.
 */
export function groupSpeakers(
  all: ReadonlyMap<string, Speaker>,
  guests: readonly string[],
  appearing: readonly string[],
): SpeakerGroups {
  const guestIds = new Set(guests);
  const order = [...new Set([...appearing, ...all.keys()])];
  const people = order.map((id) => all.get(id)).filter((s): s is Speaker => Boolean(s));
  return {
    guests: [...guestIds].map((id) => all.get(id)).filter((s): s is Speaker => Boolean(s) && !s!.unidentified),
    others: people.filter((s) => !guestIds.has(s.id) && !s.unidentified),
    unidentified: people.filter((s) => s.unidentified),
  };
}
