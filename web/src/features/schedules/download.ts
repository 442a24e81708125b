import { apiErrorOf } from '../../api/api-error';
import { readSession } from '../../auth/session';

/**
 * Fetches a file of the API with the session's key (a plain link could not send it) and hands
 * it to the browser as a download named `filename`.
 */
export async function downloadFile(path: string, filename: string): Promise<void> {
  const session = readSession();
  const response = await fetch(path, {
    headers: session ? { Authorization: `Bearer ${session.key}` } : {},
  });
  if (!response.ok) {
    const text = await response.text();
    let body: unknown = text;
    try {
      body = JSON.parse(text);
    } catch {
      // Not JSON: the text itself is the message.
    }
    throw apiErrorOf(response.status, body);
  }
  const url = URL.createObjectURL(await response.blob());
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
