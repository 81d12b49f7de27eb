import { plural } from "../core/format.ts";
/**
 * What a tool or a user's command prints, kept in bounded form: the first lines and the last lines,
 * each line cut to a length, and a count of what was left out. A command that prints 400 MB costs a
 * few kilobytes here, and its verdict never depends on how much it printed.
 */
export interface BoundedOutputLimits {
  headLines: number;
  tailLines: number;
  /** Longer lines are cut to this many characters. */
  lineLength: number;
}

export const DEFAULT_OUTPUT_LIMITS: BoundedOutputLimits = { headLines: 20, tailLines: 60, lineLength: 500 };

export class BoundedOutput {
  private readonly head: string[] = [];
  private readonly tail: string[] = [];
  private partial = "";
  private partialCut = false;
  private omitted = 0;
  private bytes = 0;

  constructor(private readonly limits: BoundedOutputLimits = DEFAULT_OUTPUT_LIMITS) {}

  /** Total bytes seen. */
  get size(): number {
    return this.bytes;
  }

  write(chunk: Buffer | string): void {
    const text = typeof chunk === "string" ? chunk : chunk.toString("utf8");
    this.bytes += typeof chunk === "string" ? Buffer.byteLength(chunk) : chunk.length;
    let start = 0;
    for (let newline = text.indexOf("\n"); newline >= 0; newline = text.indexOf("\n", start)) {
      this.append(text.slice(start, newline));
      this.pushLine();
      start = newline + 1;
    }
    this.append(text.slice(start));
  }

  /** The kept text: head, a line saying how many lines were left out, tail. Colour codes removed. */
  text(): string {
    const lines = [...this.head];
    if (this.omitted > 0) lines.push(`… ${plural(this.omitted, "line")} left out …`);
    lines.push(...this.tail);
    if (this.partial) lines.push(this.cut(this.partial, this.partialCut));
    return lines
      .join("\n")
      .replace(/\x1b\[[0-9;]*[A-Za-z]/g, "")
      .trimEnd();
  }

  /** The last `count` kept lines. */
  lastLines(count: number): string {
    return this.text().split("\n").slice(-count).join("\n");
  }

  private append(piece: string): void {
    if (this.partial.length >= this.limits.lineLength) {
      if (piece) this.partialCut = true;
      return;
    }
    const room = this.limits.lineLength - this.partial.length;
    if (piece.length > room) this.partialCut = true;
    this.partial += piece.slice(0, room);
  }

  private pushLine(): void {
    const line = this.cut(this.partial.replace(/\r$/, ""), this.partialCut);
    this.partial = "";
    this.partialCut = false;
    if (this.head.length < this.limits.headLines) {
      this.head.push(line);
      return;
    }
    this.tail.push(line);
    if (this.tail.length > this.limits.tailLines) {
      this.tail.shift();
      this.omitted++;
    }
  }

  private cut(line: string, wasCut: boolean): string {
    return wasCut ? `${line}… (line cut)` : line;
  }
}
