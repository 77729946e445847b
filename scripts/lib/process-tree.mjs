// Runs a command and samples the resident memory of its whole process tree from /proc (Linux),
// because `npm run build` is several processes (build script and search indexer, content check,
// Astro, image encoder) and the peak that matters is what they hold together.
import { spawn } from 'node:child_process';
import { appendFileSync, readdirSync, readFileSync } from 'node:fs';

/** pid → parent pid of every process visible in /proc. */
function parents() {
  const map = new Map();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      // The command name (field 2) is in parentheses and may contain spaces: read after the last ')'.
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      map.set(Number(name), Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]));
    } catch {
      // The process ended while we looked.
    }
  }
  return map;
}

/** Resident memory in bytes of `root` and all its descendants. */
export function treeRss(root) {
  const parentOf = parents();
  const tree = new Set([root]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const [pid, ppid] of parentOf) {
      if (tree.has(ppid) && !tree.has(pid)) {
        tree.add(pid);
        grew = true;
      }
    }
  }
  let total = 0;
  for (const pid of tree) {
    try {
      const kb = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
      total += Number(kb ?? 0) * 1024;
    } catch {
      // Ended between the two reads.
    }
  }
  return total;
}

/**
 * Runs `command args`, sampling the tree's RSS every `intervalMs`. Its output goes to `logFile`;
 * only lines matching `show` are echoed. Resolves with exit code, wall time in ms, the peak
 * RSS in bytes and an RSS timeline.
 */
export function runMeasured(command, args, { env, cwd, logFile, show = /./, intervalMs = 100 } = {}) {
  return new Promise((resolvePromise) => {
    const started = performance.now();
    const child = spawn(command, args, { env, cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    for (const stream of [child.stdout, child.stderr]) {
      stream.setEncoding('utf8');
      stream.on('data', (text) => {
        if (logFile) appendFileSync(logFile, text);
        for (const line of text.split('\n')) if (line.trim() && show.test(line)) console.log(line);
      });
    }
    let peak = 0;
    /** [seconds since start, MB] once a second, to see which phase holds the memory. */
    const timeline = [];
    const sample = () => {
      const rss = treeRss(child.pid);
      peak = Math.max(peak, rss);
      const second = Math.floor((performance.now() - started) / 1000);
      if (timeline.length === 0 || timeline.at(-1)[0] < second) timeline.push([second, Math.round(rss / 2 ** 20)]);
    };
    const timer = setInterval(sample, intervalMs);
    // 'close', not 'exit': the last lines it printed may arrive after it exited.
    child.on('close', (code) => {
      clearInterval(timer);
      resolvePromise({ code: code ?? 1, wallMs: performance.now() - started, peakRss: peak, timeline });
    });
  });
}
