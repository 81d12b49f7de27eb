/**
 * One outgoing HTTP request whose address a policy chose (a metric provider) or whose answer we do not
 * control (a notification webhook): a deadline for the whole exchange, an answer read up to a byte limit
 * and cut there, and no redirect followed (a 3xx could lead the request to an address the operator never
 * allowed). Never throws for what the other side does: the caller gets a FetchProblem it can show.
 */

export class FetchProblem extends Error {
  constructor(message: string) {
    super(message);
    this.name = "FetchProblem";
  }
}

export interface BoundedRequest {
  method?: "GET" | "POST";
  headers?: Record<string, string>;
  body?: string;
  timeoutMs: number;
  /** The answer's body is read up to this many bytes; more is a FetchProblem. */
  maxBytes: number;
  signal?: AbortSignal;
  /** How the address is named in problems (default: origin and path; a URL whose path is a secret names less). */
  label?: string;
}

export interface BoundedAnswer {
  status: number;
  contentType: string;
  /** The Retry-After header, for a 429 or 503. */
  retryAfter?: string;
  text: string;
}

export async function fetchBounded(url: URL, request: BoundedRequest): Promise<BoundedAnswer> {
  const deadline = AbortSignal.timeout(request.timeoutMs);
  const signal = request.signal ? AbortSignal.any([deadline, request.signal]) : deadline;
  const where = request.label ?? `${url.origin}${url.pathname}`;
  try {
    const response = await fetch(url, {
      method: request.method ?? "GET",
      headers: request.headers,
      body: request.body,
      redirect: "manual",
      signal,
    });
    if (response.status >= 300 && response.status < 400) {
      await response.body?.cancel();
      throw new FetchProblem(`${where} answered ${response.status} (a redirect, which is not followed)`);
    }
    const text = await readLimited(response, request.maxBytes, where);
    return {
      status: response.status,
      contentType: response.headers.get("content-type") ?? "",
      retryAfter: response.headers.get("retry-after") ?? undefined,
      text,
    };
  } catch (error) {
    if (error instanceof FetchProblem) throw error;
    if (deadline.aborted) throw new FetchProblem(`${where}: no answer within ${request.timeoutMs} ms`);
    if (request.signal?.aborted) throw new FetchProblem(`${where}: abandoned`);
    const cause = (error as { cause?: { code?: string; message?: string } }).cause;
    throw new FetchProblem(`${where}: ${cause?.code ?? cause?.message ?? (error as Error).message}`);
  }
}

async function readLimited(response: Response, maxBytes: number, where: string): Promise<string> {
  const declared = Number(response.headers.get("content-length") ?? Number.NaN);
  if (declared > maxBytes) {
    await response.body?.cancel();
    throw new FetchProblem(`${where}: the answer is ${declared} bytes, over the ${maxBytes}-byte limit`);
  }
  if (!response.body) return "";
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      throw new FetchProblem(`${where}: the answer goes past the ${maxBytes}-byte limit`);
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString("utf8");
}
