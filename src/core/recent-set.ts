/**
 * A set that remembers only its newest `capacity` members: for "already handled" marks in a long-running
 * process, where an unbounded Set grows with every event for as long as the process lives.
 */
export class RecentSet<T> {
  readonly #members = new Set<T>();

  constructor(readonly capacity: number) {
    if (!(capacity >= 1)) throw new Error(`a RecentSet holds at least 1 member, not ${capacity}`);
  }

  has(member: T): boolean {
    return this.#members.has(member);
  }

  /** Adds `member` as the newest; the oldest is forgotten once there are more than `capacity`. */
  add(member: T): void {
    this.#members.delete(member);
    this.#members.add(member);
    // A Set iterates in insertion order: the first member is the oldest.
    if (this.#members.size > this.capacity) this.#members.delete(this.#members.values().next().value as T);
  }

  get size(): number {
    return this.#members.size;
  }
}
