export const id = 642;
export const ids = [642];
export const modules = {

/***/ 2448:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  eT: () => (/* reexport */ planContainment),
  zB: () => (/* reexport */ spawnContained),
  yg: () => (/* reexport */ superviseJob)
});

// UNUSED EXPORTS: CONTAINMENT_ENV, CONTAINMENT_KINDS, RECORDED_PROCESSES

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./src/execute/contain/cgroup.ts



/**
 * cgroup v2: the job's own cgroup is made under the CLI's own cgroup, the one place an
 * unprivileged user can have been delegated (a systemd user session) and root always can.
 */
/** Where this process's cgroup v2 lives in the file system, or why there is none. */
function ownCgroupDir() {
    let path;
    let mountinfo;
    try {
        path = /^0::(\/.*)$/m.exec((0,external_node_fs_.readFileSync)('/proc/self/cgroup', 'utf8'))?.[1];
        mountinfo = (0,external_node_fs_.readFileSync)('/proc/self/mountinfo', 'utf8');
    }
    catch {
        return { problem: 'no /proc/self/cgroup (not Linux?)' };
    }
    if (path === undefined)
        return { problem: 'this process is in no cgroup v2 hierarchy' };
    for (const line of mountinfo.split('\n')) {
        const [left, right] = line.split(' - ');
        if (!right?.startsWith('cgroup2 '))
            continue;
        const [, , , root, mountPoint] = left.split(' ');
        const rel = root === '/' ? path : path === root || path.startsWith(`${root}/`) ? path.slice(root.length) : null;
        if (rel !== null && mountPoint)
            return { dir: (0,external_node_path_.join)(unescapeMount(mountPoint), rel) };
    }
    return { problem: 'no cgroup2 file system is mounted' };
}
/** mountinfo writes space, tab, newline and backslash as octal escapes. */
function unescapeMount(s) {
    return s.replace(/\\([0-7]{3})/g, (_m, o) => String.fromCharCode(parseInt(o, 8)));
}
/** A new, empty cgroup for one job, named after the CLI's pid so stale ones can be told apart. */
function createJobCgroup(parent) {
    const dir = (0,external_node_path_.join)(parent, `capsule-${process.pid}-${(0,external_node_crypto_.randomBytes)(4).toString('hex')}`);
    (0,external_node_fs_.mkdirSync)(dir);
    if (!(0,external_node_fs_.existsSync)((0,external_node_path_.join)(dir, 'cgroup.kill'))) {
        (0,external_node_fs_.rmdirSync)(dir);
        throw Object.assign(new Error('this kernel has no cgroup.kill (Linux 5.14 or later needed)'), { code: 'ENOSYS' });
    }
    return dir;
}
/** Every pid in the cgroup and the cgroups below it (a root job may make sub-cgroups). */
function cgroupPids(dir) {
    const pids = [];
    const walk = (d) => {
        try {
            for (const line of (0,external_node_fs_.readFileSync)((0,external_node_path_.join)(d, 'cgroup.procs'), 'utf8').split('\n'))
                if (line)
                    pids.push(Number(line));
            for (const e of (0,external_node_fs_.readdirSync)(d, { withFileTypes: true }))
                if (e.isDirectory())
                    walk((0,external_node_path_.join)(d, e.name));
        }
        catch {
            // Removed while we looked: nothing in it any more.
        }
    };
    walk(dir);
    return pids;
}
function events(dir) {
    try {
        return Object.fromEntries((0,external_node_fs_.readFileSync)((0,external_node_path_.join)(dir, 'cgroup.events'), 'utf8').trim().split('\n').map((l) => l.split(' ')));
    }
    catch {
        return {};
    }
}
const pause = (ms) => new Promise((r) => setTimeout(r, ms));
/** Polls cgroup.events until `key` has `value` or `ms` pass; true when it did. */
async function until(dir, key, value, ms) {
    for (const end = Date.now() + ms; Date.now() < end; await pause(5))
        if (events(dir)[key] === value)
            return true;
    return events(dir)[key] === value;
}
/** Stops every process in the cgroup (none can fork while frozen); true once the kernel says so. */
function freezeCgroup(dir) {
    try {
        (0,external_node_fs_.writeFileSync)((0,external_node_path_.join)(dir, 'cgroup.freeze'), '1');
    }
    catch {
        return Promise.resolve(false);
    }
    return until(dir, 'frozen', '1', 1000);
}
/** SIGKILL to everything in the cgroup at once, then waits (bounded) for it to empty. */
async function killCgroup(dir) {
    try {
        (0,external_node_fs_.writeFileSync)((0,external_node_path_.join)(dir, 'cgroup.kill'), '1');
    }
    catch {
        return !(0,external_node_fs_.existsSync)(dir);
    }
    return until(dir, 'populated', '0', 5000);
}
/** Removes an emptied cgroup (the kernel refuses while a process is still leaving it). */
async function removeCgroup(dir) {
    for (let i = 0; i < 100 && (0,external_node_fs_.existsSync)(dir); i++) {
        try {
            (0,external_node_fs_.rmdirSync)(dir);
        }
        catch {
            await pause(10);
        }
    }
}
/** Removes empty cgroups left by CLIs that are gone (one killed with its reaper, say). */
function removeStaleCgroups(parent) {
    let names;
    try {
        names = (0,external_node_fs_.readdirSync)(parent);
    }
    catch {
        return;
    }
    for (const name of names) {
        const pid = /^capsule-(\d+)-[0-9a-f]+$/.exec(name)?.[1];
        if (pid === undefined || (0,external_node_fs_.existsSync)(`/proc/${pid}`))
            continue;
        try {
            (0,external_node_fs_.rmdirSync)((0,external_node_path_.join)(parent, name));
        }
        catch {
            // Still populated, or someone else's: leave it.
        }
    }
}

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
;// CONCATENATED MODULE: ./src/execute/contain/reaper.ts

/**
 * The reaper: a small Perl program between the CLI and the job (Perl because the job's
 * orphans must be re-parented to a process that calls prctl(PR_SET_CHILD_SUBREAPER), which
 * Node cannot, and perl-base is part of every Debian and Ubuntu system).
 *
 * `perl -e REAPER <mode> <cgroup dir | -> -- argv…`, stdin a pipe from the CLI, fd 3 a pipe
 * back to it. It forks the job (stdin /dev/null; first into the cgroup when one is given),
 * reports on fd 3 `started <pid>`, `exited <wait status>` or `error <step> <errno>`, and reaps
 * every orphan that lands on it. When its stdin closes (the CLI finished, or died by any
 * signal, kill -9 included) or on SIGINT/SIGTERM/SIGHUP, it kills the cgroup and every
 * descendant, reaps them and exits. Modes: `subreaper`, `init` (PID 1 of a PID namespace,
 * already a reaper; everything in the namespace is its to kill), `probe` (can it run here,
 * and enter the given cgroup?).
 */
const REAPER_SCRIPT = String.raw `
use strict; use POSIX (); use Fcntl ();
$SIG{__WARN__} = sub {};
my ($mode, $cg) = (shift @ARGV, shift @ARGV); shift @ARGV;
$cg = undef if $cg eq '-';
my %prctl = (x86_64 => 157, aarch64 => 167, riscv64 => 167, i686 => 172, armv7l => 172, ppc64le => 171, s390x => 172);
my $report;
sub tell_ { print {$report} "@_\n" if $report }
sub enter_cgroup { return 1 if !$cg; open(my $f, '>', "$cg/cgroup.procs") or return 0; print {$f} "$$\n" or return 0; close($f) or return 0 }
if ($mode ne 'init') {
  my $nr = $prctl{(POSIX::uname())[4]};
  POSIX::_exit(125) if !defined $nr || syscall($nr, 36, 1, 0, 0, 0) != 0;
}
if ($mode eq 'probe') {
  my $p = fork; POSIX::_exit(125) if !defined $p;
  POSIX::_exit(enter_cgroup() ? 0 : 125) if $p == 0;
  waitpid($p, 0); POSIX::_exit($? == 0 ? 0 : 125);
}
open($report, '>&=', 3) or POSIX::_exit(125);
$report->autoflush(1);
my $stop = 0;
$SIG{CHLD} = sub {};
$SIG{$_} = sub { $stop = 1 } for qw(INT TERM HUP);
$SIG{PIPE} = 'IGNORE';
my $job = fork;
if (!defined $job) { tell_('error', 'fork', $! + 0); POSIX::_exit(125) }
if ($job == 0) {
  $SIG{$_} = 'DEFAULT' for qw(CHLD INT TERM HUP PIPE);
  if (!enter_cgroup()) { tell_('error', 'cgroup', $! + 0); POSIX::_exit(125) }
  fcntl($report, Fcntl::F_SETFD(), Fcntl::FD_CLOEXEC());
  open(STDIN, '<', '/dev/null');
  exec { $ARGV[0] } @ARGV;
  tell_('error', 'exec', $! + 0);
  POSIX::_exit(127);
}
tell_('started', $job);
sub reap { while ((my $p = waitpid(-1, POSIX::WNOHANG())) > 0) { tell_('exited', $?) if $p == $job } }
sub descendants {
  my %kids;
  opendir(my $d, '/proc') or return ();
  for my $pid (grep { /^\d+$/ } readdir $d) {
    open(my $f, '<', "/proc/$pid/stat") or next;
    my $s = <$f>;
    push @{ $kids{$2} }, $pid if defined $s && $s =~ /\)\s+(\S)\s+(\d+)/ && $1 ne 'Z';
  }
  my @found; my @queue = ($$);
  while (@queue) { for my $c (@{ $kids{shift @queue} || [] }) { push @found, $c; push @queue, $c } }
  return @found;
}
my $rin = ''; vec($rin, 0, 1) = 1;
while (!$stop) {
  reap();
  my $n = select(my $rout = $rin, undef, undef, 5);
  if ($n > 0) { my $buf; last if !sysread(STDIN, $buf, 256) }
}
if ($cg && open(my $k, '>', "$cg/cgroup.kill")) { print {$k} "1\n"; close($k) }
for (1 .. 200) {
  my @left = $mode eq 'init' ? () : descendants();
  kill('KILL', $mode eq 'init' ? -1 : @left);
  reap();
  last if $mode eq 'init' ? waitpid(-1, POSIX::WNOHANG()) < 0 : !@left;
  select(undef, undef, undef, 0.01);
}
while ((my $p = waitpid(-1, 0)) > 0) { tell_('exited', $?) if $p == $job }
for (1 .. 100) { last if !$cg || rmdir($cg) || !-d $cg; select(undef, undef, undef, 0.02) }
POSIX::_exit(0);
`;
const SIGNAL_NAMES = new Map(Object.entries(external_node_os_.constants.signals).map(([name, n]) => [n, name]));
const ERRNO_NAMES = new Map(Object.entries(external_node_os_.constants.errno).map(([name, n]) => [n, name]));
/** One line from fd 3, or null for anything else (the reaper only writes these three). */
function parseReaperLine(line) {
    const [word, a, b] = line.trim().split(' ');
    if (word === 'started' && /^\d+$/.test(a ?? ''))
        return { kind: 'started', pid: Number(a) };
    if (word === 'exited' && /^\d+$/.test(a ?? '')) {
        const status = Number(a);
        const sig = status & 0x7f;
        return sig === 0 ? { kind: 'exited', code: status >> 8, signal: null } : { kind: 'exited', code: null, signal: SIGNAL_NAMES.get(sig) ?? `SIG${sig}` };
    }
    if (word === 'error' && a && /^\d+$/.test(b ?? ''))
        return { kind: 'error', step: a, errno: ERRNO_NAMES.get(Number(b)) ?? `errno ${b}` };
    return null;
}

;// CONCATENATED MODULE: ./src/execute/contain/plan.ts





/** Strongest first: what keeps a job from outliving its run, and what lists exactly what it left. */
const CONTAINMENT_KINDS = ['cgroup', 'pid-namespace', 'subreaper', 'process-group'];
/** Lets a user (or a test) ask for one kind: `CAPSULE_CONTAINMENT=subreaper capsule run …`. */
const CONTAINMENT_ENV = 'CAPSULE_CONTAINMENT';
function findOnPath(name) {
    for (const dir of (process.env.PATH ?? '').split(external_node_path_.delimiter).filter(Boolean)) {
        try {
            (0,external_node_fs_.accessSync)((0,external_node_path_.join)(dir, name), external_node_fs_.constants.X_OK);
            return (0,external_node_path_.join)(dir, name);
        }
        catch {
            // Not in this PATH entry.
        }
    }
    return null;
}
const quietly = { stdio: 'ignore', timeout: 5000 };
/** A reaper runs here: Perl is on PATH and the kernel lets it become a child subreaper. */
function probeReaper() {
    const perl = findOnPath('perl');
    if (perl === null)
        return { problem: 'no perl on PATH to run the reaper' };
    return (0,external_node_child_process_.spawnSync)(perl, ['-e', REAPER_SCRIPT, 'probe', '-', '--'], quietly).status === 0 ? { perl } : { problem: 'prctl(PR_SET_CHILD_SUBREAPER) failed' };
}
function probeCgroup(perl) {
    const own = ownCgroupDir();
    if ('problem' in own)
        return own;
    removeStaleCgroups(own.dir);
    let dir;
    try {
        dir = createJobCgroup(own.dir);
    }
    catch (err) {
        const code = err.code;
        return { problem: `cannot make a cgroup under this process's own cgroup (${code}${code === 'EACCES' ? ': not delegated to this user' : code === 'EROFS' ? ': mounted read-only' : ''})` };
    }
    const entered = (0,external_node_child_process_.spawnSync)(perl, ['-e', REAPER_SCRIPT, 'probe', dir, '--'], quietly).status === 0;
    (0,external_node_fs_.rmdirSync)(dir);
    return entered ? { perl, cgroupParent: own.dir } : { problem: 'cannot move a process into a new cgroup (the common ancestor is not writable)' };
}
/** Root may make a PID namespace directly; anyone else needs a user namespace around it. */
const UNSHARE_FLAGS = [
    { flags: ['--pid', '--fork', '--kill-child'] },
    { flags: ['--user', '--map-current-user', '--pid', '--fork', '--kill-child'], note: 'in a user namespace that maps the user to itself' },
    { flags: ['--user', '--map-root-user', '--pid', '--fork', '--kill-child'], note: 'in a user namespace: the job sees itself as uid 0' },
];
function probePidNamespace(perl) {
    const unshare = findOnPath('unshare');
    if (unshare === null)
        return { problem: 'no unshare (util-linux) on PATH' };
    for (const { flags, note } of UNSHARE_FLAGS) {
        if ((0,external_node_child_process_.spawnSync)(unshare, [...flags, '--', perl, '-e', 'exit 0'], quietly).status === 0)
            return { perl, unshare: [unshare, ...flags], ...(note ? { note } : {}) };
    }
    return { problem: 'unshare --pid is not permitted (no CAP_SYS_ADMIN, and unprivileged user namespaces are off or restricted by AppArmor)' };
}
function probe(kind) {
    if (kind === 'process-group')
        return { perl: null };
    if (process.platform !== 'linux')
        return { problem: 'only on Linux' };
    const reaper = probeReaper();
    if ('problem' in reaper)
        return reaper;
    if (kind === 'cgroup')
        return probeCgroup(reaper.perl);
    if (kind === 'pid-namespace')
        return probePidNamespace(reaper.perl);
    return { perl: reaper.perl };
}
const probed = new Map();
const cachedProbe = (kind) => probed.get(kind) ?? probed.set(kind, probe(kind)).get(kind);
/**
 * The strongest containment this machine allows (probed once per process), or the one asked
 * for by `choice` / CAPSULE_CONTAINMENT, or why that one is not available.
 */
function planContainment(choice = process.env[CONTAINMENT_ENV] || 'auto') {
    if (choice !== 'auto' && !CONTAINMENT_KINDS.includes(choice)) {
        return { problem: `${CONTAINMENT_ENV}=${choice} is not one of auto, ${CONTAINMENT_KINDS.join(', ')}` };
    }
    const unavailable = {};
    for (const kind of CONTAINMENT_KINDS) {
        if (choice !== 'auto' && kind !== choice)
            continue;
        const p = cachedProbe(kind);
        if (!('problem' in p))
            return { kind, ...p, unavailable };
        if (choice !== 'auto')
            return { problem: `containment ${kind} (${CONTAINMENT_ENV}) is not available here: ${p.problem}` };
        unavailable[kind] = p.problem;
    }
    throw new Error('unreachable: process-group containment is always available');
}

// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(7075);
;// CONCATENATED MODULE: ./src/execute/contain/procfs.ts

function readProc(pid) {
    try {
        const stat = (0,external_node_fs_.readFileSync)(`/proc/${pid}/stat`, 'utf8');
        // Fields after the parenthesised command name (which may itself hold spaces or parens).
        const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
        return { pid, ppid: Number(f[1]), pgid: Number(f[2]), sid: Number(f[3]), state: f[0], start: f[19] };
    }
    catch {
        return null;
    }
}
/** Every process this host shows, zombies left out (they are already dead). */
function livingProcesses() {
    let names;
    try {
        names = (0,external_node_fs_.readdirSync)('/proc');
    }
    catch {
        return [];
    }
    return names.filter((n) => /^\d+$/.test(n)).map((n) => readProc(Number(n))).filter((p) => p !== null && p.state !== 'Z' && p.state !== 'X');
}
/** Every living process below `root` by parent links (root itself left out). */
function descendantsOf(root, procs = livingProcesses()) {
    const children = new Map();
    for (const p of procs)
        children.set(p.ppid, [...(children.get(p.ppid) ?? []), p]);
    const found = [];
    const queue = [root];
    while (queue.length > 0) {
        for (const c of children.get(queue.shift()) ?? []) {
            found.push(c);
            queue.push(c.pid);
        }
    }
    return found;
}
/** The same process (pid and start time) still running, not a zombie. */
function stillAlive(p) {
    const now = readProc(p.pid);
    return now !== null && now.start === p.start && now.state !== 'Z' && now.state !== 'X';
}
/** The process's name as the kernel keeps it (`comm`, at most 15 bytes). */
function processName(pid) {
    try {
        return (0,external_node_fs_.readFileSync)(`/proc/${pid}/comm`, 'utf8').trim();
    }
    catch {
        return '';
    }
}
/** The pid a process has in its own (innermost) PID namespace. */
function innermostPid(pid) {
    try {
        const line = /^NSpid:\s*(.+)$/m.exec((0,external_node_fs_.readFileSync)(`/proc/${pid}/status`, 'utf8'));
        return line ? Number(line[1].trim().split(/\s+/).pop()) : null;
    }
    catch {
        return null;
    }
}
/** Sends `signal`, ignoring processes that are already gone. */
function signalProcess(pid, signal) {
    try {
        process.kill(pid, signal);
    }
    catch {
        // Gone already: nothing left to signal.
    }
}

;// CONCATENATED MODULE: ./src/execute/contain/spawn.ts





const spawn_pause = (ms) => new Promise((r) => setTimeout(r, ms));
const named = (procs) => procs.map((p) => ({ pid: p.pid, name: processName(p.pid) }));
/**
 * The one way this tool starts a process it must be able to stop: the job, QEMU, the KVM
 * probe. The process runs in its own session under the given containment; `end` leaves
 * nothing of it behind, and the reaper sees to that too when this process dies first.
 */
function spawnContained(argv, options) {
    const { plan } = options;
    let cgroup = null;
    let setupError = null;
    if (plan.kind === 'cgroup') {
        try {
            cgroup = createJobCgroup(plan.cgroupParent);
        }
        catch (err) {
            setupError = err.code ?? 'EIO';
        }
    }
    const reaped = plan.perl !== null;
    const inner = reaped ? [plan.perl, '-e', REAPER_SCRIPT, plan.kind === 'pid-namespace' ? 'init' : 'subreaper', cgroup ?? '-', '--', ...argv] : argv;
    const full = plan.unshare ? [...plan.unshare, '--', ...inner] : inner;
    if (setupError)
        return notStarted(plan, { step: 'cgroup', code: setupError });
    const child = (0,external_node_child_process_.spawn)(full[0], full.slice(1), { cwd: options.cwd, env: options.env, detached: true, stdio: reaped ? ['pipe', 'pipe', 'pipe', 'pipe'] : ['ignore', 'pipe', 'pipe'] });
    child.stdin?.on('error', () => {
        // The reaper is gone already; it needs no more telling.
    });
    let reportedPid = null;
    let hostPid = reaped ? null : (child.pid ?? null);
    const exit = new Promise((resolve) => {
        child.on('error', (err) => resolve({ started: false, code: null, signal: null, failed: { step: reaped ? 'containment' : 'spawn', code: err.code ?? err.message } }));
        if (!reaped)
            return void child.on('exit', (code, signal) => resolve({ started: true, code, signal }));
        let partial = '';
        child.stdio[3].on('data', (chunk) => {
            const lines = (partial + chunk.toString('utf8')).split('\n');
            partial = lines.pop();
            for (const line of lines) {
                const r = parseReaperLine(line);
                if (r?.kind === 'started')
                    reportedPid = r.pid;
                if (r?.kind === 'exited')
                    resolve({ started: true, code: r.code, signal: r.signal });
                if (r?.kind === 'error')
                    resolve({ started: false, code: null, signal: null, failed: { step: r.step === 'exec' ? 'exec' : 'cgroup', code: r.errno } });
            }
        });
        child.on('close', (code, signal) => resolve({ started: reportedPid !== null, code: null, signal: null, failed: { step: 'containment', code: `the reaper ended (${code ?? signal}) before the job reported its exit` } }));
    });
    const rootPid = child.pid;
    /** Every living process of the job, the reaper and unshare left out. */
    const members = () => {
        if (rootPid === undefined)
            return [];
        if (cgroup)
            return cgroupPids(cgroup).map(readProc).filter((p) => p !== null && p.state !== 'Z');
        if (plan.kind === 'pid-namespace')
            return descendantsOf(rootPid).filter((p) => p.ppid !== rootPid);
        if (plan.kind === 'subreaper')
            return descendantsOf(rootPid);
        // process-group: the job, its descendants, and whatever kept its group or session.
        const all = livingProcesses();
        const found = new Map();
        for (const p of [...all.filter((p) => p.pid === rootPid || p.pgid === rootPid || p.sid === rootPid), ...descendantsOf(rootPid, all)])
            found.set(p.pid, p);
        return [...found.values()];
    };
    const jobPid = () => {
        if (hostPid === null && reportedPid !== null) {
            hostPid = plan.kind === 'pid-namespace' ? (members().find((p) => innermostPid(p.pid) === reportedPid)?.pid ?? null) : reportedPid;
        }
        return hostPid;
    };
    let ended = null;
    const end = () => {
        ended ??= (async () => {
            jobPid();
            let killed;
            if (cgroup) {
                await freezeCgroup(cgroup);
                killed = named(members());
                await killCgroup(cgroup);
            }
            else {
                const stopped = await stopAll(members);
                killed = named(stopped);
                for (const p of stopped)
                    signalProcess(p.pid, 'SIGKILL');
                if (plan.kind === 'process-group' && rootPid !== undefined)
                    signalProcess(-rootPid, 'SIGKILL');
                await goneAll(stopped);
            }
            child.stdin?.end();
            if (cgroup)
                await removeCgroup(cgroup);
            return killed;
        })();
        return ended;
    };
    return {
        plan,
        stdout: child.stdout,
        stderr: child.stderr,
        exit,
        jobPid,
        signal(signal) {
            const procs = members();
            const who = named(procs);
            for (const p of procs)
                signalProcess(p.pid, signal);
            return who;
        },
        end,
    };
}
/**
 * SIGSTOP to every member, again and again, until each one found is stopped: a stopped
 * process cannot fork, so the list that comes out is everything there was.
 */
async function stopAll(members) {
    const stopped = new Map();
    for (let round = 0; round < 200; round++) {
        const now = members();
        const fresh = now.filter((p) => !stopped.has(p.pid));
        for (const p of fresh) {
            signalProcess(p.pid, 'SIGSTOP');
            stopped.set(p.pid, p);
        }
        if (fresh.length === 0 && now.every((p) => isStopped(p.pid)))
            break;
        await spawn_pause(round < 10 ? 1 : 10);
    }
    return [...stopped.values()];
}
function isStopped(pid) {
    const state = readProc(pid)?.state;
    return state === undefined || state === 'T' || state === 't' || state === 'Z' || state === 'X';
}
/** A job that never started: its containment could not be set up. */
function notStarted(plan, failed) {
    return {
        plan,
        stdout: external_node_stream_.Readable.from([]),
        stderr: external_node_stream_.Readable.from([]),
        exit: Promise.resolve({ started: false, code: null, signal: null, failed }),
        jobPid: () => null,
        signal: () => [],
        end: () => Promise.resolve([]),
    };
}
/** Waits (bounded) until none of `procs` is alive; a zombie counts as gone. */
async function goneAll(procs) {
    for (let i = 0; i < 200 && procs.some(stillAlive); i++)
        await spawn_pause(10);
}

;// CONCATENATED MODULE: ./src/execute/contain/supervise.ts
/** How many processes each list of the record names; a fork bomb is counted, not listed. */
const RECORDED_PROCESSES = 100;
const supervise_pause = (ms, value) => new Promise((r) => setTimeout(() => r(value), ms).unref());
/**
 * The one kill policy: the job runs until it exits or `timeoutMs` passes; at the timeout
 * everything in it gets SIGTERM, and `graceMs` later (or as soon as the job's own process
 * exits) whatever is left is killed. Resolves once the job's output streams have closed.
 */
async function superviseJob(job, options) {
    const first = await Promise.race([job.exit, supervise_pause(options.timeoutMs, 'timeout')]);
    const timedOut = first === 'timeout';
    const sentSigterm = timedOut ? job.signal('SIGTERM') : [];
    if (timedOut)
        await Promise.race([job.exit, supervise_pause(options.graceMs, null)]);
    const killed = await job.end();
    const lost = { started: true, code: null, signal: null, failed: { step: 'containment', code: 'no exit status after the kill' } };
    const exit = await Promise.race([job.exit, supervise_pause(5000, lost)]);
    await Promise.all([supervise_closed(job.stdout), supervise_closed(job.stderr)]);
    return {
        exit,
        timedOut,
        containment: { kind: job.plan.kind, ...(job.plan.note ? { note: job.plan.note } : {}), unavailable: job.plan.unavailable, sent_sigterm: sentSigterm.slice(0, RECORDED_PROCESSES), sent_sigterm_count: sentSigterm.length, killed: killed.slice(0, RECORDED_PROCESSES), killed_count: killed.length },
    };
}
/**
 * Waits for a stream to close; only a process outside the containment (possible with
 * `process-group`) can still hold it open, so it is cut off after half a second.
 */
function supervise_closed(stream) {
    if (stream.closed || stream.destroyed)
        return Promise.resolve();
    return new Promise((resolve) => {
        const timer = setTimeout(() => stream.destroy(), 500);
        stream.once('close', () => {
            clearTimeout(timer);
            resolve();
        });
    });
}

;// CONCATENATED MODULE: ./src/execute/contain/index.ts
// The one module that starts and stops processes this tool must be able to stop.





/***/ }),

/***/ 8133:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Tu: () => (/* binding */ guestKernelHint),
/* harmony export */   q3: () => (/* binding */ findGuestKernelFiles)
/* harmony export */ });
/* unused harmony exports toolRoot, guestKernelDirs */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3136);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_url__WEBPACK_IMPORTED_MODULE_3__);




const SCRIPT = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)('scripts', 'guest-kernel.sh');
function readable(p) {
    try {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.accessSync)(p, node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.R_OK);
        return true;
    }
    catch {
        return false;
    }
}
function list(dir) {
    try {
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)(dir).sort();
    }
    catch {
        return [];
    }
}
/**
 * The proof-capsule folder this code runs from (a clone, the action's checkout on a runner, an
 * npm-installed package): the nearest folder above this module that holds the kernel script.
 * None for a lone copy of the bundled CLI.
 */
function toolRoot(from = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)((0,node_url__WEBPACK_IMPORTED_MODULE_3__.fileURLToPath)(import.meta.url))) {
    for (let dir = from;; dir = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(dir)) {
        if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, SCRIPT)))
            return dir;
        if ((0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(dir) === dir)
            return undefined;
    }
}
/**
 * Where guest kernels are looked for: $CAPSULE_GUEST_KERNEL_DIR alone when set (an explicit
 * choice); else beside the tool (<tool>/.cache/guest-kernel, where scripts/guest-kernel.sh
 * unpacks by default), then the per-user cache (where it unpacks when the tool's folder is not
 * writable). The working folder plays no part: a run started anywhere finds the same kernels.
 */
function guestKernelDirs(env = process.env, cwd = process.cwd()) {
    if (env.CAPSULE_GUEST_KERNEL_DIR)
        return [(0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(cwd, env.CAPSULE_GUEST_KERNEL_DIR)];
    const root = toolRoot();
    const user = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(env.XDG_CACHE_HOME || (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(env.HOME || (0,node_os__WEBPACK_IMPORTED_MODULE_1__.homedir)(), '.cache'), 'proof-capsule', 'guest-kernel');
    return root ? [(0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(root, '.cache', 'guest-kernel'), user] : [user];
}
/** What to tell someone with no usable guest kernel: the script to run, by its path when known. */
function guestKernelHint(env = process.env) {
    const root = toolRoot();
    const script = root ? (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(root, SCRIPT) : `${SCRIPT} (from the proof-capsule repository or its npm package)`;
    return `run ${script} (unpacks a Debian or Ubuntu kernel), or set CAPSULE_GUEST_KERNEL_DIR; looked in ${guestKernelDirs(env).join(', ')} and /boot`;
}
/**
 * Readable guest kernels: `<dir>/<release>/boot/vmlinuz-*` in each of guestKernelDirs(), then
 * the host's /boot/vmlinuz-*. Within a folder cloud kernels come first: they boot on microvm.
 */
function findGuestKernelFiles(env = process.env, cwd = process.cwd()) {
    const cloudFirst = (a, b) => Number(!a.includes('cloud')) - Number(!b.includes('cloud'));
    const cached = guestKernelDirs(env, cwd).flatMap((dir) => list(dir)
        .flatMap((release) => list((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, release, 'boot')).filter((f) => f.startsWith('vmlinuz-')).map((f) => (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, release, 'boot', f)))
        .sort(cloudFirst));
    const host = list('/boot').filter((f) => f.startsWith('vmlinuz-')).map((f) => (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)('/boot', f));
    return [...cached, ...host].filter(readable);
}


/***/ }),

/***/ 4642:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  placeBundle: () => (/* binding */ placeBundle)
});

// UNUSED EXPORTS: localCandidates

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/schemas/registry.ts
var registry = __webpack_require__(3545);
// EXTERNAL MODULE: ./src/fsio/read.ts
var read = __webpack_require__(1715);
// EXTERNAL MODULE: ./src/json/parse.ts
var parse = __webpack_require__(7105);
// EXTERNAL MODULE: ./src/hash/sha256.ts
var sha256 = __webpack_require__(6813);
;// CONCATENATED MODULE: ./src/place/inventory.ts





const obj = (v) => (v !== null && typeof v === 'object' ? v : {});
/** An agentplane node offers a process executor (lima-process) and/or a qemu one (qemu, microvm). */
function agentplaneCandidates(node) {
    const caps = { ...obj(node.caps), ...obj(node.platform), ...obj(node.capabilities) };
    const backends = Array.isArray(node.supportedBackends) ? node.supportedBackends : ['lima-process'];
    const kinds = new Set(backends.flatMap((b) => (b === 'lima-process' ? ['process'] : b === 'qemu' || b === 'microvm' ? ['qemu'] : [])));
    const capabilities = {
        os: String(caps.os ?? 'unknown'),
        arch: String(caps.arch ?? 'unknown'),
        kvm: caps.kvm === true,
        qemu: typeof caps.qemu === 'string' ? caps.qemu : null,
        kernels: Array.isArray(caps.kernels) ? caps.kernels : [],
        labels: [],
    };
    const usable = node.enabled !== false && ['ready', undefined].includes(obj(node.health).state);
    return usable ? [...kinds].map((executor) => ({ name: String(node.name), executor, capabilities })) : [];
}
/**
 * Reads an executor inventory: ours (`proofcapsule.dev/v1`, kind Inventory) or agentplane's
 * fleet/inventory.json (published FleetInventory nodes or the example's short form).
 * The default executor, when named, is listed first. Disabled or unhealthy agentplane
 * nodes are left out.
 */
function readInventory(path) {
    const file = (0,external_node_path_.resolve)(path);
    // One read: the digest recorded is of the bytes that were validated.
    const bytes = (0,read/* readFileCapped */.uh)(file);
    const doc = (0,parse/* parseJsonStrict */.jM)(bytes.toString('utf8'), file);
    const value = obj(doc.value);
    let candidates;
    let preferred;
    if (value.apiVersion === 'proofcapsule.dev/v1') {
        (0,registry/* assertValid */.pP)('inventory', doc.value, file, doc);
        preferred = value.default;
        candidates = value.executors.map((e) => ({
            name: e.name,
            executor: e.executor,
            capabilities: { os: e.os, arch: e.arch, kvm: e.kvm, qemu: e.qemu ?? null, kernels: e.kernels ?? [], labels: e.labels ?? [] },
        }));
    }
    else {
        (0,registry/* assertValid */.pP)('agentplane-fleet-inventory', doc.value, file, doc);
        preferred = value.defaultExecutor;
        candidates = value.executors.flatMap(agentplaneCandidates);
    }
    const rank = (c) => (c.name === preferred ? 0 : 1);
    return { candidates: [...candidates].sort((a, b) => rank(a) - rank(b)), path: file, sha256: (0,sha256/* sha256Hex */.fg)(bytes) };
}

// EXTERNAL MODULE: ./src/place/kernels.ts
var kernels = __webpack_require__(8133);
// EXTERNAL MODULE: ./src/place/probe.ts
var probe = __webpack_require__(6377);
;// CONCATENATED MODULE: ./src/place/place.ts






/** The local machine as two candidate sites: a process executor, and a qemu one. */
async function localCandidates() {
    const capabilities = await (0,probe/* probeLocal */.S4)();
    return [
        { name: 'local-qemu', executor: 'qemu', capabilities },
        { name: 'local-process', executor: 'process', capabilities },
    ];
}
/** Why a candidate cannot serve the intent, or null when it can. */
function unfit(c, intent, kernel) {
    if (intent === 'process')
        return c.executor === 'process' ? null : `${c.executor} executor; the bundle asks for a process`;
    const vm = intent === 'qemu' || intent === 'microvm';
    if (c.executor === 'process')
        return vm ? `process executor; the bundle asks for a ${intent} VM` : null;
    if (c.capabilities.qemu === null)
        return 'no QEMU binary';
    if (kernel === null)
        return `no readable guest kernel (${(0,kernels/* guestKernelHint */.Tu)()})`;
    // auto takes a VM only when it is cheap (KVM); TCG emulation is for bundles that ask for a VM.
    if (intent === 'auto' && !c.capabilities.kvm)
        return 'auto prefers the process executor when KVM is not usable (TCG is slow)';
    return null;
}
/**
 * Picks the executor site for a bundle: honours backendIntent (or the override) and
 * executor.ref, records every rejected candidate with its reason, and falls back from KVM
 * to TCG with a warning. No fitting site is a CapsuleError before anything runs.
 */
async function placeBundle(vb, options = {}) {
    const spec = vb.bundle.spec;
    const intent = options.executorOverride && options.executorOverride !== 'auto' ? options.executorOverride : spec.executor.backendIntent;
    const inventory = options.inventoryPath ? readInventory(options.inventoryPath) : undefined;
    const candidates = inventory ? inventory.candidates : await localCandidates();
    const ref = spec.executor.ref;
    if (ref !== undefined && !candidates.some((c) => c.name === ref)) {
        throw new errors/* CapsuleError */.M('placement_impossible', `${vb.path}: executor.ref ${JSON.stringify(ref)} names no executor in ${inventory ? inventory.path : 'the probed local machine'} (have: ${candidates.map((c) => c.name).join(', ')})`, { file: vb.path, pointer: '/spec/executor/ref' });
    }
    const bundleKernel = spec.executor.vm?.kernel ? (0,external_node_path_.resolve)(vb.dir, spec.executor.vm.kernel) : undefined;
    const kernelFor = (c) => (bundleKernel !== undefined ? ((0,external_node_fs_.existsSync)(bundleKernel) ? bundleKernel : null) : (c.capabilities.kernels[0] ?? null));
    const verdicts = candidates.map((c) => ({ c, why: ref !== undefined && c.name !== ref ? `bundle executor.ref names ${ref}` : unfit(c, intent, kernelFor(c)) }));
    // Among fitting sites: a KVM-capable qemu first, then any qemu, then process (inventory order within each).
    const score = (c) => (c.executor === 'qemu' ? (c.capabilities.kvm ? 0 : 1) : 2);
    const fitting = verdicts.filter((v) => v.why === null).sort((a, b) => score(a.c) - score(b.c));
    const chosen = fitting[0]?.c;
    const rejected = verdicts.filter((v) => v.c !== chosen).map((v) => ({ candidate: `${v.c.name} (${v.c.executor})`, reason: v.why ?? `fits, but ${chosen.name} (${chosen.executor}) ranks first` }));
    const source = inventory ? { source: 'file', path: inventory.path, sha256: inventory.sha256 } : { source: 'probe' };
    if (!chosen) {
        throw new errors/* CapsuleError */.M('placement_impossible', `${vb.path}: no executor can serve backendIntent ${intent}:\n${rejected.map((r) => `  ${r.candidate}: ${r.reason}`).join('\n')}`, { file: vb.path, pointer: '/spec/executor' }, { rejected, intent });
    }
    const warnings = [];
    const placement = { site: chosen.name, executor: chosen.executor, intent, accel: null, rejected, warnings, inventory: source, decidedAt: options.now ?? new Date().toISOString() };
    if (chosen.executor === 'qemu') {
        placement.accel = chosen.capabilities.kvm ? 'kvm' : 'tcg';
        if (!chosen.capabilities.kvm)
            warnings.push(`KVM is not usable on ${chosen.name}${inventory ? '' : ` (${(0,probe/* localKvmReason */.y6)()})`}: falling back to TCG software emulation (much slower)`);
        placement.qemu = {
            binary: chosen.capabilities.qemu,
            kernel: kernelFor(chosen),
            ...(spec.executor.vm?.initrd ? { initrd: (0,external_node_path_.resolve)(vb.dir, spec.executor.vm.initrd) } : {}),
            machine: intent === 'microvm' || kernelFor(chosen).includes('cloud') ? 'microvm' : 'pc',
        };
    }
    return placement;
}


/***/ }),

/***/ 6377:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   S4: () => (/* binding */ probeLocal),
/* harmony export */   "if": () => (/* binding */ findQemu),
/* harmony export */   y6: () => (/* binding */ localKvmReason)
/* harmony export */ });
/* unused harmony exports KVM_PROBE_TIMEOUT_MS, probeKvm */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _json_write_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1249);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _kernels_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8133);
/* harmony import */ var _execute_contain_index_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(2448);







const KVM_PROBE_TIMEOUT_MS = 3000;
const QEMU_ARCH = { x64: 'x86_64', arm64: 'aarch64' };
/** The QEMU system emulator for this machine's architecture on PATH, or null. */
function findQemu(env = process.env) {
    const name = `qemu-system-${QEMU_ARCH[(0,node_os__WEBPACK_IMPORTED_MODULE_1__.arch)()] ?? (0,node_os__WEBPACK_IMPORTED_MODULE_1__.arch)()}`;
    for (const dir of (env.PATH ?? '').split(node_path__WEBPACK_IMPORTED_MODULE_3__.delimiter).filter(Boolean)) {
        const candidate = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(dir, name);
        try {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.accessSync)(candidate, node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.X_OK);
            return candidate;
        }
        catch {
            // Not in this PATH entry.
        }
    }
    return null;
}
/**
 * KVM counts as usable only when a guest actually runs under it: /dev/kvm can open and
 * create a VM yet hang as soon as a kernel boots (as on this project's build machine).
 * So boot the guest kernel with no root under `-accel kvm`: it panics and, with
 * `-no-reboot`, QEMU exits 0 within a second; a hang is killed at the timeout.
 */
function probeKvm(qemu, kernel, timeoutMs = KVM_PROBE_TIMEOUT_MS) {
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)('/dev/kvm'))
        return Promise.resolve({ usable: false, reason: '/dev/kvm does not exist' });
    if (qemu === null)
        return Promise.resolve({ usable: false, reason: 'no QEMU binary to probe KVM with' });
    if (kernel === null)
        return Promise.resolve({ usable: false, reason: 'no guest kernel to probe KVM with' });
    const argv = ['-accel', 'kvm', '-m', '128', '-nodefaults', '-no-user-config', '-display', 'none', '-serial', 'none', '-no-reboot', '-kernel', kernel, '-append', 'panic=-1 quiet'];
    const plan = (0,_execute_contain_index_js__WEBPACK_IMPORTED_MODULE_5__/* .planContainment */ .eT)();
    if ('problem' in plan)
        return Promise.resolve({ usable: false, reason: plan.problem });
    const job = (0,_execute_contain_index_js__WEBPACK_IMPORTED_MODULE_5__/* .spawnContained */ .zB)([qemu, ...argv], { plan });
    job.stdout.resume();
    job.stderr.resume();
    return (0,_execute_contain_index_js__WEBPACK_IMPORTED_MODULE_5__/* .superviseJob */ .yg)(job, { timeoutMs, graceMs: 0 }).then(({ exit, timedOut }) => {
        if (timedOut)
            return { usable: false, reason: `a guest kernel did not finish booting under KVM within ${timeoutMs / 1000} s` };
        if (exit.failed)
            return { usable: false, reason: `cannot start ${qemu}: ${exit.failed.code}` };
        return exit.code === 0 ? { usable: true, reason: 'guest kernel booted under KVM' } : { usable: false, reason: `QEMU with -accel kvm exited ${exit.code ?? exit.signal}` };
    });
}
let cached;
let kvmReason = '';
/** Why the probe decided kvm as it did (after probeLocal resolved). */
function localKvmReason() {
    return kvmReason;
}
/** This machine's capabilities, probed once per process. */
function probeLocal() {
    cached ??= (async () => {
        const qemu = findQemu();
        const kernels = (0,_kernels_js__WEBPACK_IMPORTED_MODULE_4__/* .findGuestKernelFiles */ .q3)();
        const kvm = await cachedKvmProbe(qemu, kernels[0] ?? null);
        kvmReason = kvm.reason;
        return { os: (0,node_os__WEBPACK_IMPORTED_MODULE_1__.platform)(), arch: QEMU_ARCH[(0,node_os__WEBPACK_IMPORTED_MODULE_1__.arch)()] ?? (0,node_os__WEBPACK_IMPORTED_MODULE_1__.arch)(), kvm: kvm.usable, qemu, kernels, labels: [] };
    })();
    return cached;
}
/**
 * The KVM probe boots a kernel (up to 3 s when KVM hangs), so its verdict is kept per boot of
 * this machine, QEMU binary and kernel: the same facts give the same answer until a reboot or
 * an upgrade. Delete `~/.cache/proof-capsule/kvm-probe.json` to probe again.
 */
async function cachedKvmProbe(qemu, kernel) {
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)('/dev/kvm') || qemu === null || kernel === null)
        return probeKvm(qemu, kernel);
    const key = [bootId(), qemu, (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(qemu).mtimeMs, kernel, (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(kernel).mtimeMs].join('|');
    const file = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(process.env.XDG_CACHE_HOME ?? (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)((0,node_os__WEBPACK_IMPORTED_MODULE_1__.homedir)(), '.cache'), 'proof-capsule', 'kvm-probe.json');
    try {
        const saved = JSON.parse((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(file, 'utf8'));
        if (saved.key === key)
            return { usable: saved.usable, reason: `${saved.reason} (probed earlier this boot)` };
    }
    catch {
        // No verdict saved yet, or an unreadable one: probe.
    }
    const verdict = await probeKvm(qemu, kernel);
    try {
        (0,_json_write_js__WEBPACK_IMPORTED_MODULE_2__/* .writeJsonFile */ .A)(file, { key, ...verdict });
    }
    catch {
        // A read-only home only costs the next run another probe.
    }
    return verdict;
}
function bootId() {
    try {
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)('/proc/sys/kernel/random/boot_id', 'utf8').trim();
    }
    catch {
        return 'unknown-boot';
    }
}


/***/ })

};
