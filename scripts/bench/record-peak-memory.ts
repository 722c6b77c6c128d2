import { writeFileSync } from 'node:fs';

// Loaded with --import into a build the benchmark runs: on exit, writes the process's peak resident memory (KB).
const file = process.env['CLAIMS_PEAK_MEMORY_FILE'];
if (file) process.on('exit', () => writeFileSync(file, String(process.resourceUsage().maxRSS)));
