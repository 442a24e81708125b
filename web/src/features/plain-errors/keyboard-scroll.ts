/** A table that scrolls sideways must be reachable by keyboard (axe: scrollable-region-focusable). */
export const KEYBOARD_SCROLL = { viewportProps: { tabIndex: 0 } };
