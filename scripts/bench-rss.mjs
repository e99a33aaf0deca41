// Preloaded into a benchmarked corresp process (node --import): records its peak resident memory, worker threads included.
import { writeFileSync } from 'node:fs';

const out = process.env.CORRESP_BENCH_RSS;
if (out) process.on('exit', () => writeFileSync(out, String(process.resourceUsage().maxRSS * 1024)));
