/** Line hits of one source file, as c8's lcov report lists them. */
export interface FileLines {
  /** As written in the report's SF: record (c8 writes absolute paths, or paths relative to its cwd). */
  path: string;
  /** Line number → hit count, for every line the report counts. */
  hits: Map<number, number>;
}

/** Parses lcov text (SF/DA/end_of_record); everything else in the format is not needed here. */
export function parseLcov(text: string): FileLines[] {
  const files: FileLines[] = [];
  let current: FileLines | undefined;
  for (const raw of text.split("\n")) {
    const line = raw.trim();
    if (line.startsWith("SF:")) {
      current = { path: line.slice(3), hits: new Map() };
      files.push(current);
    } else if (line.startsWith("DA:") && current) {
      const [number, count] = line.slice(3).split(",");
      const lineNumber = Number(number);
      if (Number.isInteger(lineNumber)) current.hits.set(lineNumber, Number(count) || 0);
    } else if (line === "end_of_record") {
      current = undefined;
    }
  }
  return files;
}
