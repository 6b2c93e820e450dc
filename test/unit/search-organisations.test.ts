import { describe, expect, it } from "vitest";
import { expandQuery } from "../../src/search/expand.ts";
import { organisationLexicon } from "../../src/search/lexicon.ts";
import { readOrganisationFiles } from "../../src/organisations/files.ts";

const { organisations } = readOrganisationFiles("content");
const lex = (lang: "zh" | "en") => organisationLexicon(lang, organisations, (id) => `/${lang}/organisations/${id}/`);

describe("organisations in the search lexicon", () => {
  it("has every organisation with its names in both languages and its page", () => {
    const caict = lex("en").find((e) => e.id === "caict")!;
    expect(caict).toMatchObject({
      kind: "organisation",
      path: "/en/organisations/caict/",
      other: "中国信息通信研究院",
    });
    expect(caict.keys).toEqual(expect.arrayContaining(["caict", "中国信通院", "中国信息通信研究院"]));
    expect(lex("zh")).toHaveLength(organisations.length);
  });

  it("rewrites a name in the other language to the reader's, so it finds the organisation's page", () => {
    expect(expandQuery("英伟达", lex("en")).queries).toContain("NVIDIA");
    expect(expandQuery("Shanghai AI Lab", lex("zh")).queries).toContain("上海人工智能实验室");
    expect(expandQuery("Anthropic", lex("zh")).queries).toEqual(["anthropic"]);
  });
});
