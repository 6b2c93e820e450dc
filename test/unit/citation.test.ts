import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { parse } from "yaml";
import { reportSchema } from "../../src/schemas/report.ts";
import { toBibtex, toPlainCitation, bibtexEscape } from "../../src/reports/citation.ts";
import { formatDate } from "../../src/lib/dates.ts";

const report = reportSchema.parse(
  parse(readFileSync("content/reports/international-ai-safety-report-2025/report.yaml", "utf8")),
);

describe("citations", () => {
  it("BibTeX for the IASR", () => {
    expect(toBibtex(report.citation, report.title.en)).toBe(
      [
        "@techreport{bengio2025iasr,",
        "  author = {Bengio, Yoshua and Mindermann, Sören and Privitera, Daniel and others},",
        "  title = {International AI Safety Report},",
        "  institution = {Department for Science, Innovation and Technology},",
        "  number = {DSIT 2025/001},",
        "  year = {2025},",
        "  month = jan,",
        "  url = {https://www.gov.uk/government/publications/international-ai-safety-report-2025}",
        "}",
      ].join("\n"),
    );
  });

  it("a plain English reference and a GB/T 7714-style Chinese one", () => {
    expect(toPlainCitation(report.citation, report.title.en, "en")).toBe(
      "Bengio, Y., Mindermann, S., Privitera, D., et al. (2025). International AI Safety Report (DSIT 2025/001). Department for Science, Innovation and Technology. https://www.gov.uk/government/publications/international-ai-safety-report-2025",
    );
    expect(toPlainCitation(report.citation, report.title.zh, "zh")).toBe(
      "Bengio Y, Mindermann S, Privitera D, 等. 国际人工智能安全报告[R]: DSIT 2025/001. 英国科学、创新和技术部, 2025. https://www.gov.uk/government/publications/international-ai-safety-report-2025.",
    );
  });

  it("escapes BibTeX specials", () => {
    expect(bibtexEscape("R&D 100% {x}")).toBe("R\\&D 100\\% \\{x\\}");
  });
});

describe("formatDate", () => {
  it("formats partial dates per language", () => {
    expect(formatDate("2025-01", "zh")).toBe("2025年1月");
    expect(formatDate("2025-01", "en")).toBe("January 2025");
    expect(formatDate("2024-07-05", "en")).toBe("5 July 2024");
    expect(formatDate("2023", "zh")).toBe("2023年");
  });
});
