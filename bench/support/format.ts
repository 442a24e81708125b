/** How figures read in the result tables. */
export const thousands = (n: number): string => n.toLocaleString('en-US');

export const milliseconds = (ms: number): string =>
  ms >= 10_000 ? `${(ms / 1000).toFixed(1)} s` : `${thousands(Math.round(ms))} ms`;

export const mebibytes = (kib: number): string => `${thousands(Math.round(kib / 1024))} MiB`;

export const seconds = (ms: number): string => `${(ms / 1000).toFixed(1)} s`;
