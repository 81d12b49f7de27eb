import { createRequire as __tfRequire } from 'node:module'; const require = __tfRequire(import.meta.url);
import {
  queuedRequests,
  terrafusionOctokit,
  tokenFrom,
  tokenOctokit
} from "./chunk-5IJBDKSZ.js";
import "./chunk-3XKIW7VL.js";
import "./chunk-QVIKY5XM.js";
import "./chunk-TFUP5NS4.js";
export {
  queuedRequests,
  terrafusionOctokit,
  tokenFrom,
  tokenOctokit
};
