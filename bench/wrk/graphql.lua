-- wrk script: sends a GraphQL query to /graphql, with a varying value for its one variable.
--
-- Usage: wrk -t2 -c16 -d20s -s bench/wrk/graphql.lua http://localhost:8080/graphql -- QUERY_FILE [VALUES_FILE
--        [TRANSPORT [HASH]]]
--   QUERY_FILE   a GraphQL operation, e.g. bench/queries/q2.graphql; if it declares variables, every request
--                gets a line drawn at random from VALUES_FILE
--   VALUES_FILE  one value a line: a plain string for the query's first $variable (Negotiation IDs for q2,
--                Participant IDs for q3 and q6, words for q4), or a JSON object holding all its variables
--                (q5: {"id": …, "after": …}); bench/run.sh writes them to bench/target/values/
--   TRANSPORT    post (default): a JSON body; get: query and variables in the URL; persisted: a GET with only
--                extensions.persistedQuery.sha256Hash = HASH (the service must know the document already)
-- Prints one line "RESULT key=value ..." (requests, req/s, p50/p99/max in ms, non-2xx responses, socket
-- errors, responses whose body holds "errors") and, after errors, "SAMPLE_ERROR <first error body>".

local threads = {}

function setup(thread)
    thread:set("seed", 1000 + #threads)
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

local values, head, prefix, suffix, transport, path_head, variable

local function url_encode(s)
    return (s:gsub("[^%w%-_%.~]", function(c) return string.format("%%%02X", string.byte(c)) end))
end

function init(args)
    math.randomseed(seed)
    local query = read_file(args[1]):gsub("%s+", " "):gsub("^ ", ""):gsub(" $", "")
    variable = query:match("%$([%w_]+)")
    transport = args[3] or "post"
    wrk.headers["Accept"] = "application/json"
    if transport == "post" then
        wrk.method = "POST"
        wrk.headers["Content-Type"] = "application/json"
    elseif transport == "get" then
        path_head = wrk.path .. "?query=" .. url_encode(query)
    elseif transport == "persisted" then
        assert(args[4] and #args[4] == 64, "persisted needs the document's SHA-256 as its fourth argument")
        path_head = wrk.path .. "?extensions=" .. url_encode('{"persistedQuery":{"version":1,"sha256Hash":"' .. args[4] .. '"}}')
    else
        error("unknown transport " .. transport)
    end
    head = '{"query":' .. json_string(query)
    if variable then
        values = {}
        for line in read_file(args[2]):gmatch("[^\r\n]+") do
            values[#values + 1] = line
        end
        assert(#values > 0, "no values in " .. tostring(args[2]))
        prefix = head .. ',"variables":{"' .. variable .. '":'
        suffix = '}}'
    else
        wrk.body = head .. '}'
    end
    non2xx, gql_errors, sample = 0, 0, nil
end

function request()
    if path_head then
        if not values then
            return wrk.format("GET", path_head)
        end
        local value = values[math.random(#values)]
        if value:sub(1, 1) ~= "{" then
            value = '{"' .. variable .. '":' .. json_string(value) .. '}'
        end
        return wrk.format("GET", path_head .. "&variables=" .. url_encode(value))
    end
    if values then
        local value = values[math.random(#values)]
        if value:sub(1, 1) == "{" then
            return wrk.format(nil, nil, nil, head .. ',"variables":' .. value .. '}')
        end
        return wrk.format(nil, nil, nil, prefix .. json_string(value) .. suffix)
    end
    return wrk.format()
end

-- With WRK_CHECK_BODIES=0 no response() is defined, so wrk neither buffers bodies nor hands them to Lua: run.sh
-- checks every answer of the warm-up and measures without the check, which would otherwise take CPU from the
-- service (a Q1 answer is 18 KB); non-2xx then comes from wrk's own count of statuses >= 400.
if os.getenv("WRK_CHECK_BODIES") ~= "0" then
    function response(status, headers, body)
        if status < 200 or status > 299 then
            non2xx = non2xx + 1
        end
        if body and body:find('"errors"', 1, true) then
            gql_errors = gql_errors + 1
            if not sample then sample = body:sub(1, 400) end
        end
    end
end

function done(summary, latency, requests)
    local non2xx_total, errors_total, first_sample = 0, 0, nil
    for _, thread in ipairs(threads) do
        non2xx_total = non2xx_total + (thread:get("non2xx") or 0)
        errors_total = errors_total + (thread:get("gql_errors") or 0)
        first_sample = first_sample or thread:get("sample")
    end
    local e = summary.errors
    local checked = response ~= nil
    if not checked then non2xx_total = e.status end
    local seconds = summary.duration / 1e6
    io.write(string.format(
        "RESULT requests=%d seconds=%.2f rps=%.1f p50_ms=%.2f p99_ms=%.2f max_ms=%.2f non2xx=%d socket_errors=%d graphql_errors=%s\n",
        summary.requests, seconds, summary.requests / seconds,
        latency:percentile(50) / 1000, latency:percentile(99) / 1000, latency.max / 1000,
        non2xx_total, e.connect + e.read + e.write + e.timeout, checked and tostring(errors_total) or "unchecked"))
    if first_sample then
        io.write("SAMPLE_ERROR " .. first_sample:gsub("[\r\n]", " ") .. "\n")
    end
end
