import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';

/**
 * Writes a raw message as an .eml file (any mail client opens it) and returns its path.
 * Names sort by time; the message id keeps two messages of one millisecond apart.
 */
export async function writeToOutbox(
  folder: string,
  messageId: string,
  message: Buffer,
): Promise<string> {
  const directory = resolve(folder);
  await mkdir(directory, { recursive: true });
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const id = messageId
    .replace(/^<|@.*$/g, '')
    .replace(/[^A-Za-z0-9-]/g, '')
    .slice(0, 40);
  const path = join(directory, `${stamp}-${id}.eml`);
  await writeFile(path, message);
  return path;
}
