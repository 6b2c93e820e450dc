/**
 * remark plugin for forum transcripts (content/forum/<event>/<lang>/<talk>.mdx):
 * apply the event's corrections.yaml to the talk, see src/forum/corrections.ts.
 * Other files pass through untouched.
 */
import type { Root } from "mdast";
import type { VFile } from "vfile";
import { correctionsFor, markCorrections } from "../../forum/corrections.ts";
import { readCorrections, talkFileOf } from "../../forum/paths.ts";

export function remarkAsrCorrections() {
  return (tree: Root, file: VFile) => {
    const talk = talkFileOf(file.path);
    if (!talk) return;
    markCorrections(tree, correctionsFor(talk.talk, readCorrections(talk.eventDir)), talk.lang);
  };
}
