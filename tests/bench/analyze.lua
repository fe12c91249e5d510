-- wrk script: each connection POSTs analyze-rfp for proposals of its own (ids from
-- the file `rfp-bench serve` wrote), so no two requests hit the same proposal.
local ids = {}
for line in io.lines(os.getenv("IDS_FILE") or "ids.txt") do ids[#ids + 1] = line end

local threads = 0
function setup(thread)
  thread:set("offset", threads)
  threads = threads + 1
end

function init(args)
  n = 0
  stride = tonumber(os.getenv("WRK_THREADS") or "1")
end

function request()
  local i = offset + n * stride + 1
  n = n + 1
  if i > #ids then i = ((i - 1) % #ids) + 1 end
  return wrk.format("POST", "/api/proposals/" .. ids[i] .. "/analyze-rfp")
end
