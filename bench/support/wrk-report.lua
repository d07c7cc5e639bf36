-- wrk's summary as one line of JSON for bench/run.ts (times in microseconds).
done = function(summary, latency, requests)
	local e = summary.errors
	io.write(string.format(
		'{"requests":%d,"durationUs":%d,"p50Us":%d,"p99Us":%d,"connect":%d,"read":%d,"write":%d,"status":%d,"timeout":%d}\n',
		summary.requests, summary.duration, latency:percentile(50), latency:percentile(99),
		e.connect, e.read, e.write, e.status, e.timeout))
end
