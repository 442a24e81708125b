import { readFileSync } from 'node:fs';

/** One `curl` of the README, as written, with the status its `# →` comment promises. */
export interface CurlCommand {
  /** The command as it reads in the README (for failure messages). */
  text: string;
  method: string;
  path: string;
  headers: Record<string, string>;
  /** `-d` body, or the file of `--data-binary @file`. */
  body?: string;
  file?: string;
  expectedStatus?: number;
}

/** The ```bash blocks of the README under the given heading (up to the next `## `). */
export function bashBlocksOf(readme: string, heading: string): string[] {
  const start = readme.indexOf(`\n## ${heading}\n`);
  if (start < 0) throw new Error(`README has no section "${heading}"`);
  const end = readme.indexOf('\n## ', start + 1);
  const section = readme.slice(start, end < 0 ? undefined : end);
  return [...section.matchAll(/```bash\n([\s\S]*?)```/g)].map((match) => match[1]);
}

export function readme(): string {
  return readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
}

interface Line {
  words: string[];
  comment: string;
}

/**
 * Splits a block into shell command lines the way bash reads them: quotes ('…' literal, "…"
 * expanding $NAME), backslash-newline continuations, quoted newlines kept, `#` comments.
 */
function shellLines(block: string, variables: Record<string, string>): Line[] {
  const lines: Line[] = [];
  let words: string[] = [];
  let word: string | null = null;
  let comment = '';
  const endWord = () => {
    if (word !== null) words.push(word);
    word = null;
  };
  const endLine = () => {
    endWord();
    if (words.length) lines.push({ words, comment });
    words = [];
    comment = '';
  };
  const expand = (text: string) =>
    text.replace(/\$(\w+)/g, (_, name: string) => {
      if (!(name in variables)) throw new Error(`README uses $${name} before setting it`);
      return variables[name];
    });
  for (let i = 0; i < block.length; i += 1) {
    const c = block[i];
    if (c === '\\' && block[i + 1] === '\n') {
      i += 1;
    } else if (c === "'") {
      const close = block.indexOf("'", i + 1);
      word = (word ?? '') + block.slice(i + 1, close);
      i = close;
    } else if (c === '"') {
      const close = block.indexOf('"', i + 1);
      word = (word ?? '') + expand(block.slice(i + 1, close));
      i = close;
    } else if (c === '#' && word === null) {
      const close = block.indexOf('\n', i);
      comment = block.slice(i, close < 0 ? undefined : close);
      i = (close < 0 ? block.length : close) - 1;
    } else if (c === '\n') {
      endLine();
    } else if (c === ' ' || c === '\t') {
      endWord();
    } else {
      word = (word ?? '') + c;
    }
  }
  endLine();
  return lines;
}

/**
 * The block's curl commands, in order. Assignments (`KEY='…'`) set variables for the commands
 * after them; `placeholders` replaces what the README leaves to the reader (`mmo_…`,
 * `<scheduleId>`), looked up when each command runs, since answers fill them in.
 */
export function* curlCommands(
  block: string,
  placeholders: () => Record<string, string>,
  /** Shared across blocks: a later section uses $ADMIN set in an earlier one. */
  variables: Record<string, string>,
): Generator<CurlCommand> {
  // Statements one by one, so a variable set by one line is seen by the next.
  for (const statement of splitStatements(block)) {
    const fill = (text: string) =>
      Object.entries(placeholders()).reduce((t, [from, to]) => t.split(from).join(to), text);
    for (const { words, comment } of shellLines(statement, variables)) {
      const assignment = words.length === 1 && /^(\w+)=(.*)$/s.exec(words[0]);
      if (assignment) {
        variables[assignment[1]] = assignment[2];
        continue;
      }
      if (words[0] !== 'curl') continue; // ls, comments
      yield parseCurl(words.map(fill), statement.trim(), comment);
    }
  }
}

/** Splits on newlines that end a statement (not inside quotes, not after a backslash). */
function splitStatements(block: string): string[] {
  const statements: string[] = [];
  let start = 0;
  let quote: string | null = null;
  for (let i = 0; i < block.length; i += 1) {
    const c = block[i];
    if (quote) {
      if (c === quote) quote = null;
    } else if (c === "'" || c === '"') {
      quote = c;
    } else if (c === '#') {
      i = block.indexOf('\n', i) - 1;
      if (i < 0) i = block.length;
    } else if (c === '\n' && block[i - 1] !== '\\') {
      statements.push(block.slice(start, i + 1));
      start = i + 1;
    }
  }
  if (start < block.length) statements.push(block.slice(start));
  return statements.filter((statement) => statement.trim());
}

function parseCurl(words: string[], text: string, comment: string): CurlCommand {
  const command: CurlCommand = { text, method: '', path: '', headers: {} };
  for (let i = 1; i < words.length; i += 1) {
    const word = words[i];
    if (word === '-s') continue;
    if (word === '-H') {
      const [name, ...value] = words[++i].split(':');
      command.headers[name.trim()] = value.join(':').trim();
    } else if (word === '-X') {
      command.method = words[++i];
    } else if (word === '-d') {
      command.body = words[++i];
    } else if (word === '--data-binary') {
      command.file = words[++i].replace(/^@/, '');
    } else if (word === '-o' || word === '>') {
      i += 1; // where curl would save the answer
    } else if (word.startsWith('localhost:3000')) {
      command.path = word.slice('localhost:3000'.length);
    } else {
      throw new Error(`README curl option not understood: ${word} in ${text}`);
    }
  }
  command.method ||= command.body !== undefined || command.file ? 'POST' : 'GET';
  const promised = /→\s*(\d{3})/.exec(comment);
  if (promised) command.expectedStatus = Number(promised[1]);
  return command;
}
