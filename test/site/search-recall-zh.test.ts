import { describeRecall } from "../helpers/recall.ts";

describeRecall("zh");
