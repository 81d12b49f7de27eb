import type { EnvironmentLease, Holder } from "./ports.ts";

/**
 * One promotion per environment within this process. It decides synchronously, before the promise settles,
 * so two deliveries racing in one process cannot both take an environment. Several app replicas need a
 * shared lease (with a fencing token) behind the same port.
 */
export class InProcessLease implements EnvironmentLease {
  private readonly held = new Map<string, Holder>();

  acquire(key: string, holder: Holder): Promise<{ acquired: true } | { acquired: false; holder: Holder }> {
    const current = this.held.get(key);
    if (current && current.deployment !== holder.deployment)
      return Promise.resolve({ acquired: false, holder: current });
    this.held.set(key, current ?? holder);
    return Promise.resolve({ acquired: true });
  }

  async release(key: string, deployment: number): Promise<void> {
    if (this.held.get(key)?.deployment === deployment) this.held.delete(key);
  }

  holder(key: string): Holder | undefined {
    return this.held.get(key);
  }
}
