import { describeAxeOnPages } from "../helpers/axe-pages.ts";

describeAxeOnPages(1, 3);
