/**
 * Measuring a command in a fresh process: wall time and peak resident memory.
 * Peak RSS comes from GNU `/usr/bin/time -v` when the machine has it, else
 * from the child itself (an `--import` hook printing process.resourceUsage()
 * on exit), so the figure is the child's own either way.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';

const GNU_TIME = '/usr/bin/time';
const RSS_MARK = '__orgctl_bench_maxrss_kb=';
const RSS_HOOK = `data:text/javascript,process.on('exit',()=>{const u=process.resourceUsage();process.stderr.write('\\n${RSS_MARK}'+u.maxRSS+','+Math.round((u.userCPUTime+u.systemCPUTime)/1000)+'\\n')})`;

let gnuTime;
function hasGnuTime() {
  if (gnuTime === undefined) {
    gnuTime =
      fs.existsSync(GNU_TIME) && /Maximum resident set size/.test(spawnSync(GNU_TIME, ['-v', 'true'], { encoding: 'utf8' }).stderr ?? '');
  }
  return gnuTime;
}

export function rssSource() {
  return hasGnuTime() ? '/usr/bin/time -v' : 'process.resourceUsage().maxRSS';
}

/**
 * Run `node <args>` once. Returns {ms, cpuMs, rssKB, status, stdout, stderr}.
 * `ms` is the wall time from spawn to exit, node's own start-up included;
 * `cpuMs` the child's user + system CPU time (all its threads), which a busy
 * machine disturbs far less than the wall time.
 */
export function runNode(args, { cwd } = {}) {
  if (hasGnuTime()) return runCommand(process.execPath, args, { cwd });
  const start = performance.now();
  const r = spawnSync(process.execPath, ['--import', RSS_HOOK, ...args], { cwd, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  const ms = performance.now() - start;
  if (r.error) throw r.error;
  let stderr = r.stderr ?? '';
  const m = new RegExp(`\\n?${RSS_MARK}(\\d+),(\\d+)\\n?`).exec(stderr);
  if (m) stderr = stderr.replace(m[0], '');
  return { ms, cpuMs: m ? Number(m[2]) : undefined, rssKB: m ? Number(m[1]) : undefined, status: r.status, stdout: r.stdout ?? '', stderr };
}

/**
 * Run any program once, under GNU time when the machine has it (else without
 * memory and CPU figures). With `timeoutMs` it runs under coreutils
 * `timeout`, so a program that would take hours (plain `dot` on 100k boxes)
 * is stopped: the result then has `timedOut: true` and `ms` is the limit.
 */
export function runCommand(cmd, args, { cwd, timeoutMs } = {}) {
  const gnu = hasGnuTime();
  let argv = [cmd, ...args];
  if (timeoutMs) argv = ['timeout', `${Math.ceil(timeoutMs / 1000)}s`, ...argv];
  if (gnu) argv = [GNU_TIME, '-v', ...argv];
  const start = performance.now();
  const r = spawnSync(argv[0], argv.slice(1), { cwd, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  const ms = performance.now() - start;
  if (r.error) throw r.error;
  let stderr = r.stderr ?? '';
  let rssKB;
  let cpuMs;
  if (gnu) {
    const m = /Maximum resident set size \(kbytes\): (\d+)/.exec(stderr);
    rssKB = m ? Number(m[1]) : undefined;
    const user = /User time \(seconds\): ([\d.]+)/.exec(stderr);
    const sys = /System time \(seconds\): ([\d.]+)/.exec(stderr);
    cpuMs = user && sys ? Math.round((Number(user[1]) + Number(sys[1])) * 1000) : undefined;
    const report = stderr.search(/\s*(Command exited with non-zero status \d+\s*)?Command being timed:/);
    if (report >= 0) stderr = stderr.slice(0, report); // keep only the child's own stderr
  }
  // GNU time exits with the child's status; `timeout` with 124 when it stopped the child.
  const timedOut = !!timeoutMs && r.status === 124;
  return { ms: timedOut ? timeoutMs : ms, cpuMs, rssKB, status: timedOut ? 0 : r.status, timedOut, stdout: r.stdout ?? '', stderr };
}

export function median(values) {
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}
