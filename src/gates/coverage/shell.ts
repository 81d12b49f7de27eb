/**
 * Reading a test command the way sh would split it, to see which programs it starts. Only a
 * reading: the command itself always runs as the user wrote it, so this never has to be exact,
 * and nothing read here is put back into a command line.
 */

/**
 * Splits a command into words as sh would, or undefined when the shell would do more than run one
 * program (operators, redirections, expansions).
 */
export function shellWords(command: string): string[] | undefined {
  const segments = commandSegments(command);
  if (segments.length !== 1 || /[;&|<>()$`\\*?[\]{}~#!]/.test(unquoted(command))) return undefined;
  return segments[0];
}

/**
 * The simple commands of a command line, each as its words: `a && b | c; d` gives four.
 * Quotes are removed; expansions stay as written; a redirection's target is dropped; a subshell's
 * parentheses separate commands like an operator. An unclosed quote ends the last word.
 */
export function commandSegments(command: string): string[][] {
  const segments: string[][] = [];
  let words: string[] = [];
  let word: string | undefined;
  let quote: "'" | '"' | undefined;
  let redirect = false;
  const endWord = () => {
    if (word !== undefined) {
      if (redirect) redirect = false;
      else words.push(word);
    }
    word = undefined;
  };
  const endSegment = () => {
    endWord();
    if (words.length) segments.push(words);
    words = [];
    redirect = false;
  };
  for (let i = 0; i < command.length; i++) {
    const char = command[i]!;
    if (quote) {
      if (char === quote) quote = undefined;
      else if (quote === '"' && char === "\\" && i + 1 < command.length) word += command[++i]!;
      else word += char;
      continue;
    }
    if (char === "'" || char === '"') {
      quote = char;
      word ??= "";
    } else if (char === "\\" && i + 1 < command.length) {
      word = (word ?? "") + command[++i]!;
    } else if (/\s/.test(char)) {
      endWord();
    } else if (/[;&|()\n]/.test(char)) {
      endSegment();
    } else if (char === "<" || char === ">") {
      // `2>&1`, `> out.txt`: the target is not a word of the command.
      if (word !== undefined && /^\d+$/.test(word)) word = undefined;
      endWord();
      if (command[i + 1] === "&") i++;
      redirect = true;
    } else if (char === "#" && word === undefined) {
      while (i < command.length && command[i] !== "\n") i++;
      endSegment();
    } else {
      word = (word ?? "") + char;
    }
  }
  endSegment();
  return segments;
}

/** The command with quoted text blanked, to look for shell syntax outside quotes. */
function unquoted(command: string): string {
  return command.replace(/'[^']*'|"(?:[^"\\$`]|\\.)*"/g, (match) => " ".repeat(match.length));
}
