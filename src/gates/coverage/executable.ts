/**
 * Lines of JavaScript/TypeScript source that cannot run: blank lines and lines holding only a
 * comment. c8 counts every line of a file it saw, so without this a changed blank line would
 * count as covered code. A light scan, not a parser: strings and template literals are skipped
 * so that "//" inside them is not a comment; regular expression literals are not recognised.
 */
export function nonExecutableLines(source: string): Set<number> {
  const result = new Set<number>();
  const lines = source.split("\n");
  let inBlock = false;
  let quote: string | undefined;
  lines.forEach((line, index) => {
    let code = false;
    for (let i = 0; i < line.length; i++) {
      const char = line[i]!;
      if (inBlock) {
        if (char === "*" && line[i + 1] === "/") {
          inBlock = false;
          i++;
        }
      } else if (quote) {
        code = true;
        if (char === "\\") i++;
        else if (char === quote) quote = undefined;
      } else if (char === "/" && line[i + 1] === "/") {
        break;
      } else if (char === "/" && line[i + 1] === "*") {
        inBlock = true;
        i++;
      } else if (char === '"' || char === "'" || char === "`") {
        quote = char;
        code = true;
      } else if (char.trim()) {
        code = true;
      }
    }
    // Only template literals span lines; an unclosed ' or " is a syntax error we do not carry over.
    if (quote && quote !== "`") quote = undefined;
    if (!code) result.add(index + 1);
  });
  return result;
}
