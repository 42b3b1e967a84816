-- wrk script for bench/capture-bench.sh: POSTs a realistic signed webhook.
--
-- Every request carries a fresh event id, so a capture tool cannot get away with
-- deduplicating identical payloads, and every stored row can be told apart. The
-- shape follows the Standard Webhooks spec (webhook-id / webhook-timestamp /
-- webhook-signature "v1,<base64 HMAC-SHA256>") with a Stripe-like event body of
-- about 1.2 KB. The signature is plausible but not real: nothing verifies it, and
-- computing an HMAC per request in Lua would make wrk, not the target, the
-- bottleneck.
--
-- No response() callback on purpose: defining one makes wrk parse and copy every
-- response's headers and body, which slows the load generator down. Acknowledged
-- requests are derived from wrk's own counters in done() instead.

local path = os.getenv("BENCH_PATH") or "/webhooks/payments"

-- setup() runs in the main Lua state once per wrk thread, before the threads
-- start; it hands each thread a distinct number so ids never collide across
-- threads (each thread has its own Lua state and counter).
local threadCount = 0
function setup(thread)
   thread:set("threadId", threadCount)
   threadCount = threadCount + 1
end

local counter = 0
local runTag
local signature
local headers

local base64Chars = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"

local function randomBase64(length)
   local out = {}
   for i = 1, length do
      local n = math.random(1, 64)
      out[i] = base64Chars:sub(n, n)
   end
   return table.concat(out)
end

-- The body template; %s/%d slots are filled per request. Kept on one logical
-- line per JSON member so the size is easy to eyeball (~1.2 KB once filled).
local bodyTemplate = table.concat({
   '{"id":"evt_%s","object":"event","api_version":"2024-06-20","created":%d,',
   '"type":"payment_intent.succeeded","livemode":false,"pending_webhooks":1,',
   '"request":{"id":"req_%s","idempotency_key":"c0a8f3e2-6b1d-4f7a-9e25-%012d"},',
   '"data":{"object":{"id":"pi_%s","object":"payment_intent","amount":%d,',
   '"amount_capturable":0,"amount_received":%d,"currency":"eur",',
   '"capture_method":"automatic","confirmation_method":"automatic","created":%d,',
   '"customer":"cus_Q8m2ZtR4yLw1Xb","description":"Order #%d - Hookbench sample shop",',
   '"latest_charge":"ch_%s","payment_method":"pm_1PbX7eLkdIwHu7ixQJ3nVd2c",',
   '"payment_method_types":["card","sepa_debit"],"receipt_email":"jane.doe@example.com",',
   '"status":"succeeded","statement_descriptor":"HOOKBENCH SHOP",',
   '"shipping":{"name":"Jane Doe","phone":"+49 30 1234567","address":{"line1":"Example Str. 42",',
   '"line2":null,"city":"Berlin","postal_code":"10115","state":null,"country":"DE"}},',
   '"metadata":{"order_id":"ord_%d","cart_id":"cart_7f3e9a1c2b","channel":"web",',
   '"campaign":"spring-sale-2024"},',
   '"charges":{"object":"list","has_more":false,"total_count":1,"url":"/v1/charges?payment_intent=pi_%s"}},',
   '"previous_attributes":null}}',
})

function init(args)
   -- threadId is a global set by setup() in this thread's Lua state.
   local tid = threadId or 0
   -- A per-run tag keeps ids unique across repeated runs against one store too.
   math.randomseed(os.time() * 1000 + tid)
   runTag = string.format("%s%02x", randomBase64(6):gsub("[+/]", "x"), tid)
   -- 32 bytes of HMAC-SHA256 are 44 base64 characters with one '=' of padding.
   signature = "v1," .. randomBase64(43) .. "="
   headers = {
      ["Content-Type"] = "application/json",
      ["User-Agent"] = "Hookbench-Bench/1.0 (wrk)",
      ["webhook-id"] = "",
      ["webhook-timestamp"] = "",
      ["webhook-signature"] = signature,
   }
end

function request()
   counter = counter + 1
   local id = string.format("%s%010d", runTag, counter)
   local now = os.time()
   local amount = 1000 + (counter % 90000)
   local body = string.format(bodyTemplate,
      id, now,
      id, counter,
      id, amount, amount, now,
      counter,
      id,
      counter,
      id)
   headers["webhook-id"] = "msg_" .. id
   headers["webhook-timestamp"] = tostring(now)
   return wrk.format("POST", path, headers, body)
end

-- done() runs once in the main Lua state after the run. It prints one
-- "BENCH key=value" line per figure so the shell script can parse them without
-- scraping wrk's human-readable report. Latencies are in microseconds.
function done(summary, latency, requests)
   local e = summary.errors
   local lines = {
      string.format("duration_us=%d", summary.duration),
      string.format("requests=%d", summary.requests),
      string.format("bytes=%d", summary.bytes),
      string.format("errors_status=%d", e.status),
      string.format("errors_connect=%d", e.connect),
      string.format("errors_read=%d", e.read),
      string.format("errors_write=%d", e.write),
      string.format("errors_timeout=%d", e.timeout),
      string.format("latency_p50_us=%d", latency:percentile(50)),
      string.format("latency_p99_us=%d", latency:percentile(99)),
      string.format("latency_max_us=%d", latency.max),
   }
   for _, line in ipairs(lines) do
      io.write("BENCH ", line, "\n")
   end
end
