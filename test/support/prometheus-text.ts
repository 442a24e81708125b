/** One sample of the Prometheus text format: `name{label="value",…} 12.5`. */
export interface Sample {
  name: string;
  labels: Record<string, string>;
  value: number;
}

export interface Exposition {
  types: Map<string, string>;
  samples: Sample[];
}

const COMMENT = /^# (HELP|TYPE) ([a-zA-Z_:][a-zA-Z0-9_:]*) (.*)$/;
const SAMPLE = /^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\{(.*)\})? (\S+)(?: -?\d+)?$/;
const LABEL = /^([a-zA-Z_][a-zA-Z0-9_]*)="((?:[^"\\]|\\.)*)"(?:,|$)/;
const TYPES = new Set(['counter', 'gauge', 'histogram', 'summary', 'untyped']);

/**
 * A strict reader of the text exposition format (version 0.0.4): any line that is not a
 * HELP, a TYPE or a well-formed sample throws, naming the line.
 */
export function parsePrometheusText(text: string): Exposition {
  const types = new Map<string, string>();
  const samples: Sample[] = [];
  const lines = text.split('\n');
  if (lines.at(-1) !== '') throw new Error('The exposition must end with a newline');
  lines.slice(0, -1).forEach((line, index) => {
    if (line === '') return;
    const fail = (why: string) => {
      throw new Error(`Line ${index + 1} ${why}: ${line}`);
    };
    const comment = COMMENT.exec(line);
    if (comment) {
      if (comment[1] === 'TYPE') {
        if (!TYPES.has(comment[3])) fail('has an unknown type');
        if (types.has(comment[2])) fail('types a metric twice');
        types.set(comment[2], comment[3]);
      }
      return;
    }
    const sample = SAMPLE.exec(line);
    if (!sample) return fail('is not a sample');
    const value = parseValue(sample[3]);
    if (value === undefined) return fail('has no numeric value');
    const labels: Record<string, string> = {};
    let rest = sample[2] ?? '';
    while (rest) {
      const label = LABEL.exec(rest);
      if (!label) return fail('has a malformed label');
      labels[label[1]] = label[2].replace(/\\(.)/g, (_, c: string) => (c === 'n' ? '\n' : c));
      rest = rest.slice(label[0].length);
    }
    samples.push({ name: sample[1], labels, value });
  });
  return { types, samples };
}

/** Values as Prometheus reads them (Go's ParseFloat): NaN and Inf in any case. */
function parseValue(text: string): number | undefined {
  if (/^nan$/i.test(text)) return NaN;
  const infinity = /^([+-]?)inf$/i.exec(text);
  if (infinity) return infinity[1] === '-' ? -Infinity : Infinity;
  const value = Number(text);
  return text.trim() !== '' && !Number.isNaN(value) ? value : undefined;
}

/** The samples named `name` whose labels include `labels`. */
export function samplesOf(
  exposition: Exposition,
  name: string,
  labels: Record<string, string> = {},
): Sample[] {
  return exposition.samples.filter(
    (sample) =>
      sample.name === name &&
      Object.entries(labels).every(([key, value]) => sample.labels[key] === value),
  );
}
