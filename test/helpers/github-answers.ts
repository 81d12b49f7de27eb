// GitHub's answers to the app's GraphQL queries, in one place for the nocked tests, the loopback stand-ins
// and the soak bench (no nock here: importing nock replaces the global fetch that stand-in tests need).

/**
 * GitHub's answer to readFilesAt's query (src/github/contents.ts): `fN` is the file at the path in `$pN`,
 * its text when `files` has one for that path, else null (no such file).
 */
export function filesAnswer(
  variables: Record<string, unknown>,
  files: Record<string, string | undefined>,
  oid = "base-sha",
) {
  const commit: Record<string, unknown> = { oid };
  for (const [name, path] of Object.entries(variables)) {
    if (!/^p\d+$/.test(name)) continue;
    const text = files[String(path)];
    commit[`f${name.slice(1)}`] =
      text === undefined ? null : { object: { text, isBinary: false, isTruncated: false } };
  }
  return { data: { repository: { object: commit, defaultBranchRef: { target: commit } } } };
}
