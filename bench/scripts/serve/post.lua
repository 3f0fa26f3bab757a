-- wrk script for fenlei serve: POST /v1/classify with real texts, one JSON body a line of BODIES (an environment
-- variable naming the file), taken in turn by each connection from its own offset; prints one TSV line at the end:
-- requests/s, p50 and p99 latency (ms), requests, non-2xx answers, socket errors.
local bodies = {}
for line in io.lines(os.getenv("BODIES")) do
  bodies[#bodies + 1] = line
end
local counter = 0
local headers = {["Content-Type"] = "application/json"}

function setup(thread)
  counter = counter + 1
  thread:set("offset", counter * 7919)
end

function init(args)
  n = offset or 0
end

function request()
  n = n + 1
  return wrk.format("POST", "/v1/classify", headers, bodies[(n % #bodies) + 1])
end

function done(summary, latency, requests)
  local e = summary.errors
  io.write(string.format("RESULT\t%.0f\t%.2f\t%.2f\t%d\t%d\t%d\n",
    summary.requests / (summary.duration / 1e6), latency:percentile(50) / 1000, latency:percentile(99) / 1000,
    summary.requests, e.status, e.connect + e.read + e.write + e.timeout))
end
