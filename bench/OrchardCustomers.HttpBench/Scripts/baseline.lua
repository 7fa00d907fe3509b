-- wrk script for the minimal endpoint: no per-response callback, so wrk spends nothing on it (see bench/README.md).
function done(summary, latency, requests)
  local e = summary.errors
  io.write(string.format(
    "HTTPBENCH {\"requests\":%d,\"durationUs\":%d,\"p50Us\":%d,\"p99Us\":%d,\"non200\":%d,\"statusErrors\":%d,\"socketErrors\":%d,\"queries\":0,\"counted\":0}\n",
    summary.requests, summary.duration, latency:percentile(50), latency:percentile(99), e.status, e.status,
    e.connect + e.read + e.write + e.timeout))
end
