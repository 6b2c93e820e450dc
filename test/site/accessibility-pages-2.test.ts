import { describeAxeOnPages } from "../helpers/axe-pages.ts";

describeAxeOnPages(2, 3);
