import type http from "node:http";

/** The admin API takes small JSON documents; anything near this is a mistake or an attack. */
export const ADMIN_BODY_LIMIT = 64 * 1024;

export class BodyTooLarge extends Error {
  constructor(readonly limit: number) {
    super(`request body over ${limit} bytes`);
  }
}

/** True when the request announces a body larger than `limit`: refused before a byte of it is read. */
export function announcesTooMuch(request: http.IncomingMessage, limit: number): boolean {
  const declared = request.headers["content-length"];
  return declared !== undefined && Number(declared) > limit;
}

/**
 * Reads the whole body, at most `limit` bytes: a chunked (or lying) client is cut off at the first chunk past
 * the limit, and the rest is not read. Rejects with BodyTooLarge then; the caller answers 413 and closes.
 */
export function readBody(request: http.IncomingMessage, limit: number): Promise<Buffer> {
  if (announcesTooMuch(request, limit)) return Promise.reject(new BodyTooLarge(limit));
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const stop = () => {
      request.off("data", onData);
      request.off("end", onEnd);
      request.off("error", onError);
    };
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        stop();
        // Paused, not destroyed: destroying the request would take the socket the 413 goes out on.
        request.pause();
        reject(new BodyTooLarge(limit));
        return;
      }
      chunks.push(chunk);
    };
    const onEnd = () => {
      stop();
      resolve(Buffer.concat(chunks));
    };
    const onError = (error: Error) => {
      stop();
      reject(error);
    };
    request.on("data", onData);
    request.on("end", onEnd);
    request.on("error", onError);
  });
}
