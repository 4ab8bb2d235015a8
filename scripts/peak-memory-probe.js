/**
 * Loaded into a command with `node -r`: prints the process's own peak memory ("maxrss=<kB>") and CPU time, user and
 * system of all its threads ("cpu=<ms>"), to stderr when it exits.
 * VmHWM of /proc/self/status, where there is one: Linux keeps ru_maxrss (process.resourceUsage().maxRSS) across
 * fork and exec, so a command spawned by a big test runner would report the runner's peak instead of its own.
 */
const fs = require('fs');

process.on('exit', () => {
  let kb = process.resourceUsage().maxRSS;
  try {
    const hwm = /VmHWM:\s*(\d+)\s*kB/.exec(fs.readFileSync('/proc/self/status', 'utf8'));
    if (hwm) kb = Number(hwm[1]);
  } catch {
    // No /proc (macOS, Windows): maxRSS it is.
  }
  const cpu = process.cpuUsage();
  process.stderr.write(`maxrss=${kb}\ncpu=${((cpu.user + cpu.system) / 1000).toFixed(1)}\n`);
});
