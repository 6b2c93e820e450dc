/**
 * The preview image's layout, as the element tree satori renders: the document
 * or event name, the page title, the site name; nothing else. Pure: the same
 * card, palette and fonts always give the same tree.
 */
import type { PreviewCard } from "../../../src/sharing/preview-card.ts";
import { PREVIEW_HEIGHT, PREVIEW_WIDTH } from "../../../src/sharing/image-path.ts";
import type { CardPalette } from "./palette.ts";

export interface CardElement {
  type: string;
  props: {
    style?: Record<string, string | number>;
    lang?: string;
    children?: (CardElement | string)[] | string;
    src?: string;
    width?: number;
    height?: number;
  };
}

const PAD_X = 80;
const BAR = 20;
const PAD_TOP = 64;
const PAD_BOTTOM = 52;
const TEXT_WIDTH = PREVIEW_WIDTH - 2 * PAD_X - BAR;
/** Room between the text and a chart image on its right. */
const CHART_GAP = 40;
/** A chart's box on the card, in px (a tall chart shows its top). */
export const CHART_IMAGE = { width: 470, height: 530 };

/** A chart page's drawing as a PNG data URL, and its box on the card. */
export interface CardChart {
  src: string;
  width: number;
  height: number;
}

/** Rough width of text in em: Han, kana and full-width forms are 1 em, everything else about half. */
export function emWidth(text: string): number {
  let w = 0;
  for (const ch of text) w += /[\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef]/.test(ch) ? 1 : 0.56;
  return w;
}

/**
 * The largest title size whose estimated line count fits, and how many lines
 * to allow before the ellipsis. A long context line leaves the title one line less.
 */
export function titleLayout(
  title: string,
  context: string | undefined,
  width = TEXT_WIDTH,
): { fontSize: number; lines: number } {
  const spare = context && emWidth(context) * 34 > width ? 1 : 0;
  const options = [
    { fontSize: 72, lines: 3 },
    { fontSize: 64, lines: 4 },
    { fontSize: 56, lines: 4 },
    { fontSize: 48, lines: 5 },
  ].map((o) => ({ ...o, lines: o.lines - spare }));
  // Words do not break mid-line, so allow a little slack over the raw width (more in the narrow column beside a chart).
  const slack = width < TEXT_WIDTH ? 1.25 : 1.08;
  const fits = (o: { fontSize: number; lines: number }) => (emWidth(title) * o.fontSize * slack) / width <= o.lines;
  return options.find(fits) ?? options[options.length - 1]!;
}

export function cardElement(
  card: PreviewCard,
  palette: CardPalette,
  families: readonly string[],
  chart?: CardChart,
): CardElement {
  // A chart page's card shows the chart on the right; the text keeps the rest.
  const textWidth = chart ? TEXT_WIDTH - chart.width - CHART_GAP : TEXT_WIDTH;
  const { fontSize, lines } = titleLayout(card.title, card.context, textWidth);
  const lang = card.lang === "zh" ? "zh-CN" : "en";
  const text = (style: Record<string, string | number>, children: string): CardElement => ({
    type: "div",
    props: { style: { display: "block", ...style }, children },
  });
  // Satori sizes boxes as content-box, so the frame is built from fixed boxes, not padding.
  return {
    type: "div",
    props: {
      lang,
      style: {
        width: PREVIEW_WIDTH,
        height: PREVIEW_HEIGHT,
        display: "flex",
        backgroundColor: palette.bg,
        fontFamily: families.join(", "),
        color: palette.text,
      },
      children: [
        { type: "div", props: { style: { width: BAR, height: PREVIEW_HEIGHT, backgroundColor: palette.accent } } },
        {
          type: "div",
          props: {
            style: {
              display: "flex",
              flexDirection: "column",
              width: textWidth,
              height: PREVIEW_HEIGHT - PAD_TOP - PAD_BOTTOM,
              marginLeft: PAD_X,
              marginTop: PAD_TOP,
            },
            children: [
              ...(card.context
                ? [
                    text(
                      {
                        fontSize: 34,
                        fontWeight: 400,
                        lineHeight: 1.3,
                        color: palette.accent,
                        lineClamp: 2,
                        marginBottom: 28,
                        flexShrink: 0,
                      },
                      card.context,
                    ),
                  ]
                : []),
              {
                type: "div",
                props: {
                  style: { display: "flex", flexGrow: 1, flexShrink: 1, overflow: "hidden" },
                  children: [
                    text(
                      {
                        fontSize,
                        fontWeight: 700,
                        lineHeight: card.lang === "zh" ? 1.3 : 1.2,
                        lineClamp: lines,
                        width: textWidth,
                      },
                      card.title,
                    ),
                  ],
                },
              },
              text(
                {
                  fontSize: 30,
                  fontWeight: 400,
                  lineHeight: 1.3,
                  color: palette.muted,
                  borderTop: `2px solid ${palette.rule}`,
                  paddingTop: 22,
                  flexShrink: 0,
                },
                card.site,
              ),
            ],
          },
        },
        ...(chart
          ? [
              {
                type: "img",
                props: {
                  src: chart.src,
                  width: chart.width,
                  height: chart.height,
                  style: { marginLeft: CHART_GAP, marginTop: (PREVIEW_HEIGHT - CHART_IMAGE.height) / 2 },
                },
              },
            ]
          : []),
      ],
    },
  };
}
