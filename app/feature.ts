import type { Probot } from "probot";

/**
 * One part of the app (review policy, gates surface, promotion). The app function only routes:
 * each feature registers its handlers on the Probot instance and keeps its logic in modules
 * that take `(octokit, repo, config)`.
 */
export interface Feature {
  name: string;
  register(app: Probot): void;
  /** Work the running server does once at start, after register (not in tests that only route events). */
  start?(app: Probot): Promise<void>;
}
