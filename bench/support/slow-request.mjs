// Preloaded (node --import) only by bench/sigterm.mjs: holds GET /__slow for 2 s before the
// app sees it, so there is a request in flight when the signal arrives. Never used in production.
import http from "node:http";

const emit = http.Server.prototype.emit;
http.Server.prototype.emit = function (event, req, ...rest) {
  if (event === "request" && req.url === "/__slow") {
    setTimeout(() => emit.call(this, event, req, ...rest), 2000);
    return true;
  }
  return emit.call(this, event, req, ...rest);
};
