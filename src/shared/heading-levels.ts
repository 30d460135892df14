/** The levels a widget's heading may take: HTML's h2 to h6 (the page keeps h1 for itself). */
export const HEADING_LEVELS = [2, 3, 4, 5, 6] as const;
export type HeadingLevel = (typeof HEADING_LEVELS)[number];
