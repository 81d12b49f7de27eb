/**
 * Whatever a gate starts (a service, toxiproxy, a proxy, a toxic) must go away again, also when the
 * run is interrupted. Gates register an undo step here while the thing exists; on SIGINT or SIGTERM
 * every step still registered runs before the process exits, and on any exit the process trees
 * still registered (supervise.ts) are killed synchronously, so that no service outlives the gate.
 */
import { signalTree } from "./tree.ts";

type Undo = () => Promise<void> | void;

const undos = new Set<Undo>();
const trees = new Set<{ pid: number | undefined; marker: string }>();
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

/** A process tree (its group and its marked descendants) to SIGKILL if this process exits while it is registered. */
export function trackTree(pid: number | undefined, marker: string): () => void {
  install();
  const tree = { pid, marker };
  trees.add(tree);
  return () => {
    trees.delete(tree);
    uninstallWhenIdle();
  };
}

function install(): void {
  if (installed) return;
  installed = true;
  process.on("SIGINT", onSignal);
  process.on("SIGTERM", onSignal);
  process.on("exit", killTrees);
}

function uninstallWhenIdle(): void {
  if (!installed || interrupted || undos.size > 0 || trees.size > 0) return;
  installed = false;
  process.off("SIGINT", onSignal);
  process.off("SIGTERM", onSignal);
  process.off("exit", killTrees);
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
  killTrees();
  process.exit(SIGNAL_EXIT[signal as keyof typeof SIGNAL_EXIT] ?? 1);
}

function killTrees(): void {
  for (const tree of trees) signalTree(tree.pid, tree.marker, "SIGKILL");
  trees.clear();
}
