-- wrk script for the site's cases: counts every status but 200 (wrk itself counts only >= 400) and adds up the
-- query count of the Server-Timing header (db;desc="N queries"), which the site sends for every answer when it runs
-- with OrchardCustomers:ServerTiming:Mode=All.
local threads = {}

function setup(thread)
  table.insert(threads, thread)
end

function init(args)
  non200 = 0
  queries = 0
  counted = 0
end

function response(status, headers, body)
  if status ~= 200 then
    non200 = non200 + 1
  end
  local timing = headers["Server-Timing"]
  local q = timing and string.match(timing, 'desc="(%d+) queries"')
  if q ~= nil then
    queries = queries + tonumber(q)
    counted = counted + 1
  end
end

function done(summary, latency, requests)
  local n, q, c = 0, 0, 0
  for _, t in ipairs(threads) do
    n = n + t:get("non200")
    q = q + t:get("queries")
    c = c + t:get("counted")
  end
  local e = summary.errors
  io.write(string.format(
    "HTTPBENCH {\"requests\":%d,\"durationUs\":%d,\"p50Us\":%d,\"p99Us\":%d,\"non200\":%d,\"statusErrors\":%d,\"socketErrors\":%d,\"queries\":%d,\"counted\":%d}\n",
    summary.requests, summary.duration, latency:percentile(50), latency:percentile(99), n, e.status,
    e.connect + e.read + e.write + e.timeout, q, c))
end
