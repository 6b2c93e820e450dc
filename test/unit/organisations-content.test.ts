import { afterEach, describe, expect, it } from "vitest";
import { writeFileSync } from "node:fs";
import { validateContent } from "../../scripts/validate/index.ts";
import { contentWith as fixture, edit, messages, removeFixtures } from "../helpers/content-fixture.ts";

const contentWith = (fault: Parameters<typeof fixture>[1]) => fixture("content", fault, "");

afterEach(removeFixtures);

describe("the content check on the organisations", () => {
  // The real content passing (organisations included) is test/unit/validate-content.test.ts's first test.
  it("fails on a passage that does not exist, naming the file and field", async () => {
    const root = contentWith((p) =>
      edit(p("organisations/caict.yaml"), "wei-kai-ai-safety-benchmark#p-1\n", "wei-kai-ai-safety-benchmark#p-99\n"),
    );
    expect(messages(await validateContent(root))).toContain(
      'content/organisations/caict.yaml: passages.0: "forum/waic-2024/wei-kai-ai-safety-benchmark#p-99": no passage "#p-99" in content/forum/waic-2024/zh/wei-kai-ai-safety-benchmark.mdx',
    );
  });

  it("fails on a passage whose Chinese does not name the organisation", async () => {
    const root = contentWith((p) =>
      edit(p("organisations/caict.yaml"), "wei-kai-ai-safety-benchmark#p-1\n", "wei-kai-ai-safety-benchmark#p-2\n"),
    );
    expect(messages(await validateContent(root))).toContain(
      'content/organisations/caict.yaml: passages.0: "forum/waic-2024/wei-kai-ai-safety-benchmark#p-2" does not name it in Chinese (none of 中国信息通信研究院, 中国信通院, 信通院)',
    );
  });

  it("fails when two organisations claim one name", async () => {
    const root = contentWith((p) =>
      edit(p("organisations/google.yaml"), 'zh: ["Google"]', 'zh: ["Google", "DeepMind"]'),
    );
    expect(messages(await validateContent(root)).join("\n")).toMatch(
      /content\/organisations\/google(-deepmind)?\.yaml: aliases\.zh\.\d: "DeepMind" is already a name of organisation "google(-deepmind)?"/,
    );
  });

  it("fails on an unknown kind and on an exception naming an unknown entry", async () => {
    const root = contentWith((p) => {
      edit(p("organisations/caict.yaml"), "kind: research", "kind: think-tank");
      writeFileSync(
        p("organisations/exceptions.yaml"),
        '- { entry: "organisation:caicd", passages: ["forum/waic-2024/wei-kai-ai-safety-benchmark#p-1"], reason: "x" }\n',
      );
    });
    const m = messages(await validateContent(root));
    expect(m.join("\n")).toMatch(/content\/organisations\/caict\.yaml: kind: Invalid enum value/);
    expect(m).toContain(
      'content/organisations/exceptions.yaml: 0.entry: no organisation "caicd" (content/organisations/caicd.yaml)',
    );
  });
});
