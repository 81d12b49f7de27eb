import type { Reporter } from "./runner.ts";
import type { DeploymentState, PromotionState } from "./types.ts";

export interface RecordedStatus {
  at: number;
  state: DeploymentState;
  phase: string;
  description: string;
}

/**
 * Records deployment statuses in memory, where GitHub is out of reach (the CLI without a token, the demo).
 * Says in `name` that it is a stand-in, so output never pretends GitHub was told.
 */
export class LocalReporter implements Reporter {
  readonly name = "local recorder (GitHub not contacted)";
  readonly statuses: RecordedStatus[] = [];
  incidents: PromotionState[] = [];
  constructor(private readonly onStatus?: (status: RecordedStatus) => void) {}

  async status(command: { state: DeploymentState; phase: string; description: string }): Promise<void> {
    const status = {
      at: Date.now(),
      state: command.state,
      phase: command.phase,
      description: command.description,
    };
    this.statuses.push(status);
    this.onStatus?.(status);
  }

  async incident(state: PromotionState): Promise<void> {
    this.incidents.push(state);
  }
}
