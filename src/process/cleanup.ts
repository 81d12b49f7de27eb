/**
 * Whatever a gate starts (a service, toxiproxy, a proxy, a toxic) must go away again, also when the
 * run is interrupted. Gates register an undo step here while the thing exists; on SIGINT or SIGTERM
 * every step still registered runs before the process exits, and on any exit the process groups
 * still registered are killed synchronously, so that no service outlives the gate.
 */

type Undo = () => Promise<void> | void;

const undos = new Set<Undo>();
const groups = new Set<number>();
let installed = false;
let interrupted = false;

const SIGNAL_EXIT = { SIGINT: 130, SIGTERM: 143 } as const;

/** Registers an undo step for an interrupt; call the returned function once the step is done normally. */
export function onInterrupt(undo: Undo): () => void {
  install();
  undos.add(undo);
  return () => {
    undos.delete(undo);
    uninstallWhenIdle();
  };
}

/** A process group (by its leader's pid) to SIGKILL if the process exits while it is still registered. */
export function trackProcessGroup(pid: number): () => void {
  install();
  groups.add(pid);
  return () => {
    groups.delete(pid);
    uninstallWhenIdle();
  };
}

function install(): void {
  if (installed) return;
  installed = true;
  process.on("SIGINT", onSignal);
  process.on("SIGTERM", onSignal);
  process.on("exit", killGroups);
}

function uninstallWhenIdle(): void {
  if (!installed || interrupted || undos.size > 0 || groups.size > 0) return;
  installed = false;
  process.off("SIGINT", onSignal);
  process.off("SIGTERM", onSignal);
  process.off("exit", killGroups);
}

async function onSignal(signal: NodeJS.Signals): Promise<void> {
  if (interrupted) return;
  interrupted = true;
  process.stderr.write(`terrafusion: ${signal} received, cleaning up\n`);
  const steps = [...undos].reverse();
  undos.clear();
  const deadline = new Promise((resolve) => setTimeout(resolve, 5000).unref());
  for (const undo of steps) {
    await Promise.race([
      Promise.resolve()
        .then(undo)
        .catch(() => undefined),
      deadline,
    ]);
  }
  killGroups();
  process.exit(SIGNAL_EXIT[signal as keyof typeof SIGNAL_EXIT] ?? 1);
}

function killGroups(): void {
  for (const pid of groups) {
    try {
      process.kill(-pid, "SIGKILL");
    } catch {
      // Already gone.
    }
  }
  groups.clear();
}
