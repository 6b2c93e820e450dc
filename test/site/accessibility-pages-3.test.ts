import { describeAxeOnPages } from "../helpers/axe-pages.ts";

describeAxeOnPages(3, 3);
