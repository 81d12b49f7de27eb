import { createRequire as __tfRequire } from 'node:module'; const require = __tfRequire(import.meta.url);
import {
  queuedRequests,
  terrafusionOctokit,
  tokenFrom,
  tokenOctokit
} from "./chunk-FHFFLLKF.js";
import "./chunk-3XKIW7VL.js";
import "./chunk-64HVLF7C.js";
import "./chunk-TFUP5NS4.js";
export {
  queuedRequests,
  terrafusionOctokit,
  tokenFrom,
  tokenOctokit
};
