/** Progress goes to stderr, so a reader sees where the bench is; stdout keeps the results. */
export function progress(message: string): void {
  console.error(`[bench ${new Date().toISOString().slice(11, 19)}] ${message}`);
}
