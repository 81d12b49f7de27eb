import { createRequire as __tfRequire } from 'node:module'; const require = __tfRequire(import.meta.url);

// src/promotion/local-reporter.ts
var LocalReporter = class {
  constructor(onStatus) {
    this.onStatus = onStatus;
  }
  onStatus;
  name = "local recorder (GitHub not contacted)";
  statuses = [];
  incidents = [];
  async status(command) {
    const status = {
      at: Date.now(),
      state: command.state,
      phase: command.phase,
      description: command.description
    };
    this.statuses.push(status);
    this.onStatus?.(status);
  }
  async incident(state) {
    this.incidents.push(state);
  }
};

export {
  LocalReporter
};
