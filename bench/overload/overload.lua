-- wrk script for the overload run: POSTs a GraphQL query as a client of GraphQL over HTTP that accepts
-- application/graphql-response+json, so that the status tells the outcome: 200 answered, 503 refused
-- (SERVICE_UNAVAILABLE, with Retry-After), 504 stopped at the time budget (TIMEOUT).
--
-- Usage: wrk -t2 -c1000 -d60s --timeout 15s -s bench/overload/overload.lua http://127.0.0.1:8080/graphql \
--            -- QUERY_FILE [VALUES_FILE]
-- Prints "RESULT requests=... ok=... refused=... timeout=... other=... socket_errors=... p50_ms=... p99_ms=..."
-- (latencies over all responses, refused ones included) and a sample body of an unexpected answer.

local threads = {}

function setup(thread)
    thread:set("seed", 2000 + #threads)
    table.insert(threads, thread)
end

local function json_string(s)
    s = s:gsub('\\', '\\\\'):gsub('"', '\\"')
    return '"' .. s .. '"'
end

local function read_file(path)
    local file = assert(io.open(path, "r"), "cannot read " .. tostring(path))
    local text = file:read("*a")
    file:close()
    return text
end

local values, prefix, suffix

function init(args)
    math.randomseed(seed)
    local query = read_file(args[1]):gsub("%s+", " "):gsub("^ ", ""):gsub(" $", "")
    local variable = query:match("%$([%w_]+)")
    wrk.method = "POST"
    wrk.headers["Content-Type"] = "application/json"
    wrk.headers["Accept"] = "application/graphql-response+json"
    local head = '{"query":' .. json_string(query)
    if variable then
        values = {}
        for line in read_file(args[2]):gmatch("[^\r\n]+") do
            values[#values + 1] = line
        end
        prefix = head .. ',"variables":{"' .. variable .. '":'
        suffix = '}}'
    else
        wrk.body = head .. '}'
    end
    ok, refused, timeout, other, sample = 0, 0, 0, 0, nil
end

function request()
    if values then
        return wrk.format(nil, nil, nil, prefix .. json_string(values[math.random(#values)]) .. suffix)
    end
    return wrk.format()
end

local function has_header(headers, name)
    for key, _ in pairs(headers) do
        if key:lower() == name then return true end
    end
    return false
end

function response(status, headers, body)
    if status == 200 and not body:find('"errors"', 1, true) then
        ok = ok + 1
    elseif status == 503 and body:find('SERVICE_UNAVAILABLE', 1, true) and has_header(headers, "retry-after") then
        refused = refused + 1
    elseif status == 504 and body:find('"TIMEOUT"', 1, true) then
        timeout = timeout + 1
    else
        other = other + 1
        if not sample then sample = status .. " " .. body:sub(1, 300) end
    end
end

function done(summary, latency, requests)
    local totals = { ok = 0, refused = 0, timeout = 0, other = 0 }
    local first_sample
    for _, thread in ipairs(threads) do
        for name, _ in pairs(totals) do
            totals[name] = totals[name] + (thread:get(name) or 0)
        end
        first_sample = first_sample or thread:get("sample")
    end
    local e = summary.errors
    local seconds = summary.duration / 1e6
    io.write(string.format(
        "RESULT requests=%d seconds=%.1f rps=%.0f ok=%d ok_rps=%.0f refused=%d timeout=%d other=%d socket_errors=%d p50_ms=%.1f p99_ms=%.1f max_ms=%.0f\n",
        summary.requests, seconds, summary.requests / seconds, totals.ok, totals.ok / seconds, totals.refused,
        totals.timeout, totals.other, e.connect + e.read + e.write + e.timeout,
        latency:percentile(50) / 1000, latency:percentile(99) / 1000, latency.max / 1000))
    if first_sample then
        io.write("SAMPLE_OTHER " .. first_sample:gsub("[\r\n]", " ") .. "\n")
    end
end
