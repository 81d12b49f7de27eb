/**
 * The account an operator names for running repositories' commands on the app server
 * (TERRAFUSION_APP_COMMAND_USER): its uid, gid and home, from the system's user database.
 */
import { ConfigError } from "../errors.ts";
import { type RunAs, runSupervised } from "./supervise.ts";

export async function resolveAccount(name: string, variable: string): Promise<RunAs> {
  if (!/^[a-z_][a-z0-9_.-]*\$?$/i.test(name))
    throw new ConfigError(`${variable}=${JSON.stringify(name)} is not a user name`);
  // getent asks NSS, so LDAP and other directories count, not only /etc/passwd.
  const lookup = await runSupervised({
    command: "getent",
    args: ["passwd", name],
    env: { PATH: process.env.PATH ?? "/usr/bin:/bin" },
    deadlineMs: 10_000,
    stdoutBytes: 64 * 1024,
  });
  const fields = lookup.exitCode === 0 ? lookup.stdout.trim().split("\n")[0]!.split(":") : [];
  const uid = Number(fields[2]);
  const gid = Number(fields[3]);
  if (fields.length < 6 || !Number.isInteger(uid) || !Number.isInteger(gid))
    throw new ConfigError(
      `${variable}=${name}: no such user on this machine (create it, e.g. useradd --system ${name})`,
    );
  if (uid === 0) throw new ConfigError(`${variable}=${name} is root: name an account without privileges`);
  if (uid === process.getuid?.())
    throw new ConfigError(
      `${variable}=${name} is the account the app runs as: its commands could read the app's key; name another account`,
    );
  if (process.getuid?.() !== 0)
    throw new ConfigError(
      `${variable}=${name}: the app must run as root to start commands as another user (or leave command out of TERRAFUSION_APP_DRIVERS)`,
    );
  return { user: name, uid, gid, home: fields[5] || "/" };
}
