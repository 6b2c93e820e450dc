import { describeRecall } from "../helpers/recall.ts";

describeRecall("en");
