export const id = 4642;
export const ids = [4642];
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

/***/ 3995:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   d: () => (/* binding */ containmentDiagnostics),
/* harmony export */   t: () => (/* binding */ containmentDetails)
/* harmony export */ });
/* harmony import */ var _redact_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5462);

/** A process's name is the job's to choose: it is redacted like everything else the job writes. */
function redactNames(record, secretValues) {
    const redact = (name) => {
        const r = (0,_redact_js__WEBPACK_IMPORTED_MODULE_0__/* .createRedactor */ .l)(secretValues);
        return Buffer.concat([r.push(Buffer.from(name)), r.end()]).toString('utf8');
    };
    return {
        ...record,
        sent_sigterm: record.sent_sigterm.map((p) => ({ ...p, name: redact(p.name) })),
        killed: record.killed.map((p) => ({ ...p, name: redact(p.name) })),
    };
}
/** The containment block of an executor's details (the run manifest's `execution.details.containment`). */
function containmentDetails(record, secretValues) {
    return redactNames(record, secretValues);
}
/** What a reader of the run should be told: leftovers that had to be killed, and a containment a job can leave. */
function containmentDiagnostics(record, secretValues) {
    const out = [];
    if (record.kind === 'process-group') {
        out.push(`containment: process group only (${Object.values(record.unavailable).join('; ')}): a job that calls setsid can outlive its run`);
    }
    if (record.killed_count > 0) {
        const names = redactNames(record, secretValues).killed.slice(0, 5).map((p) => `${p.name} (${p.pid})`).join(', ');
        out.push(`${record.killed_count} process(es) of the run were still alive at its end and were killed (${record.kind} containment): ${names}${record.killed_count > 5 ? ', …' : ''}`);
    }
    return out;
}


/***/ }),

/***/ 3890:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   a: () => (/* binding */ liveEcho)
/* harmony export */ });
/* unused harmony export ECHO_CAP_BYTES */
/** How much of each stream is echoed live (console, CI log); the log files and hashes are not affected. */
const ECHO_CAP_BYTES = 1024 * 1024;
/**
 * The live echo of one run: each stream decoded as UTF-8 and passed on until `capBytes` of
 * it went out, then one line saying the echo stopped and where the rest is. The cap is what
 * keeps a job printing gigabytes from piling them up in memory when the console is a slow
 * pipe (a CI runner reading stderr): the echo is the only copy of the output not written
 * synchronously to a file.
 */
function liveEcho(req, capBytes = ECHO_CAP_BYTES) {
    const onOutput = req.onOutput;
    if (!onOutput)
        return () => undefined;
    const state = {
        stdout: { decoder: new TextDecoder('utf-8'), sent: 0, stopped: false },
        stderr: { decoder: new TextDecoder('utf-8'), sent: 0, stopped: false },
    };
    return (stream, bytes, final = false) => {
        const s = state[stream];
        if (s.stopped)
            return;
        const room = capBytes - s.sent;
        const part = bytes.length > room ? bytes.subarray(0, room) : bytes;
        s.sent += part.length;
        const text = s.decoder.decode(part, { stream: !final && part.length === bytes.length });
        if (text.length > 0)
            onOutput(stream, text);
        if (part.length < bytes.length) {
            s.stopped = true;
            onOutput(stream, `\n[capsule: live ${stream} stopped after ${size(capBytes)}; the run goes on, the whole stream is hashed and its first ${size(req.logCapBytes)} are kept in logs/${stream}.log]\n`);
        }
    };
}
const size = (n) => (n >= 1024 * 1024 && n % (1024 * 1024) === 0 ? `${n / (1024 * 1024)} MiB` : `${n} bytes`);


/***/ }),

/***/ 3152:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Y: () => (/* binding */ createLogSink)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _redact_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5462);




/**
 * A log file that stores the stream redacted and capped. The recorded sha256 and byte
 * count are of the WHOLE redacted stream (before the cap): hashing the raw stream would
 * put a digest of secret-bearing bytes in the capsule, which the evidence rules forbid;
 * and this way an untruncated stored log verifies against its record byte for byte.
 */
function createLogSink(path, options) {
    (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.mkdirSync)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(path), { recursive: true });
    const fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.openSync)(path, 'w', 0o644);
    const redactor = (0,_redact_js__WEBPACK_IMPORTED_MODULE_3__/* .createRedactor */ .l)(options.secretValues);
    const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
    let bytes = 0;
    let stored = 0;
    // Written synchronously on purpose: the job's pipe is not read again until this chunk is
    // on disk, so a job that writes faster than the disk waits on its full pipe (backpressure)
    // instead of its output piling up in our memory.
    const take = (data) => {
        hash.update(data);
        bytes += data.length;
        const room = Math.max(0, options.capBytes - stored);
        if (room > 0 && data.length > 0) {
            const part = data.subarray(0, room);
            (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.writeSync)(fd, part);
            stored += part.length;
        }
        return data;
    };
    return {
        write: (chunk) => take(redactor.push(chunk)),
        close() {
            const tail = take(redactor.end());
            (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.closeSync)(fd);
            return { record: { path, sha256: hash.digest('hex'), bytes, storedBytes: stored, truncated: bytes > stored }, tail };
        },
    };
}


/***/ }),

/***/ 5449:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  f: () => (/* binding */ KILL_GRACE_MS),
  P: () => (/* binding */ processExecutor)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/execute/logs.ts
var logs = __webpack_require__(3152);
// EXTERNAL MODULE: ./src/execute/echo.ts
var echo = __webpack_require__(3890);
// EXTERNAL MODULE: ./src/bundle/paths.ts
var paths = __webpack_require__(4792);
// EXTERNAL MODULE: ./src/execute/result.ts
var result = __webpack_require__(1370);
// EXTERNAL MODULE: ./src/execute/contain/index.ts + 6 modules
var contain = __webpack_require__(2448);
// EXTERNAL MODULE: ./src/execute/contain/record.ts
var record = __webpack_require__(3995);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
;// CONCATENATED MODULE: ./src/execute/process-placing.ts

/** The process executor serves a process, or auto; it never boots a VM. */
const processPlacing = {
    async probe() {
        const capabilities = { os: (0,external_node_os_.platform)(), arch: (0,external_node_os_.arch)(), kvm: false, qemu: null, kernels: [], labels: [] };
        return [{ name: 'local-process', executor: 'process', capabilities }];
    },
    fits(_site, { intent }) {
        if (intent === 'qemu' || intent === 'microvm')
            return `process executor; the bundle asks for a ${intent} VM`;
        return null;
    },
    rank: () => 2,
    place: () => ({ accel: null, warnings: [] }),
};

;// CONCATENATED MODULE: ./src/execute/process.ts









/** SIGTERM first, SIGKILL this long after. */
const KILL_GRACE_MS = 2000;
/** Runs argv directly (no shell) under the strongest containment the machine allows; never throws for what the job does. */
const processExecutor = {
    kind: 'process',
    ...processPlacing,
    run: runProcess,
};
async function runProcess(req) {
    const startedAt = new Date();
    const diagnostics = [];
    (0,external_node_fs_.mkdirSync)(req.logsDir, { recursive: true });
    const sinks = {
        stdout: (0,logs/* createLogSink */.Y)((0,external_node_path_.join)(req.logsDir, 'stdout.log'), { capBytes: req.logCapBytes, secretValues: req.secretValues }),
        stderr: (0,logs/* createLogSink */.Y)((0,external_node_path_.join)(req.logsDir, 'stderr.log'), { capBytes: req.logCapBytes, secretValues: req.secretValues }),
    };
    const emit = (0,echo/* liveEcho */.a)(req);
    const outcome = await runContained(req, diagnostics, (stream, chunk) => emit(stream, sinks[stream].write(chunk)));
    const stdout = sinks.stdout.close();
    const stderr = sinks.stderr.close();
    emit('stdout', stdout.tail, true);
    emit('stderr', stderr.tail, true);
    const failOnTimeout = req.bundle.bundle.spec.policy.failOnTimeout;
    const exit = outcome?.exit;
    if (outcome?.timedOut)
        diagnostics.push(`timed out after ${req.timeoutSeconds} s: every process of the run was sent SIGTERM, SIGKILL after ${KILL_GRACE_MS / 1000} s${failOnTimeout ? '' : ' (failOnTimeout is false: not counted as a failure)'}`);
    if (exit?.signal && !outcome?.timedOut)
        diagnostics.push(`terminated by signal ${exit.signal}`);
    if (outcome)
        diagnostics.push(...(0,record/* containmentDiagnostics */.d)(outcome.containment, req.secretValues));
    return (0,result/* runResult */.X)('process', req, startedAt, {
        pass: exit?.started === true && (outcome.timedOut ? !failOnTimeout : exit.code === 0),
        exitCode: exit?.code ?? null,
        signal: exit?.signal ?? null,
        timedOut: outcome?.timedOut ?? false,
        logs: { stdout: stdout.record, stderr: stderr.record },
        diagnostics,
        details: { node_version: process.version, pid: outcome?.pid ?? null, ...(outcome ? { containment: (0,record/* containmentDetails */.t)(outcome.containment, req.secretValues) } : {}) },
    });
}
/** The working directory, refusing any that leaves the workspace (through `..` or a symlink). */
function workingDirectory(req) {
    try {
        const root = (0,external_node_fs_.realpathSync)(req.workspace);
        const cwd = (0,external_node_fs_.realpathSync)((0,external_node_path_.resolve)(root, req.cwd));
        return (0,paths/* isInside */.FK)(root, cwd) ? cwd : null;
    }
    catch {
        return null;
    }
}
async function runContained(req, diagnostics, onChunk) {
    const cwd = workingDirectory(req);
    const plan = (0,contain/* planContainment */.eT)();
    const problem = cwd === null ? `working directory ${JSON.stringify(req.cwd)} is missing or outside the workspace` : req.argv.length === 0 ? 'empty argv: nothing to run' : 'problem' in plan ? plan.problem : null;
    if (problem !== null || cwd === null || 'problem' in plan) {
        diagnostics.push(problem);
        return null;
    }
    const job = (0,contain/* spawnContained */.zB)(req.argv, { cwd, env: req.env, plan });
    job.stdout.on('data', (c) => onChunk('stdout', c));
    job.stderr.on('data', (c) => onChunk('stderr', c));
    const supervised = await (0,contain/* superviseJob */.yg)(job, { timeoutMs: req.timeoutSeconds * 1000, graceMs: KILL_GRACE_MS });
    const failed = supervised.exit.failed;
    if (failed?.step === 'exec' || failed?.step === 'spawn') {
        diagnostics.push(`cannot start ${JSON.stringify(req.argv[0])}: ${failed.code}${failed.code === 'ENOENT' ? ' (not found: check the path or PATH)' : ''}`);
    }
    else if (failed) {
        diagnostics.push(`containment ${plan.kind} failed: ${failed.step} ${failed.code}`);
    }
    return { ...supervised, pid: job.jobPid() };
}


/***/ }),

/***/ 8574:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ho: () => (/* binding */ recordedKernelPath),
/* harmony export */   Tu: () => (/* binding */ guestKernelHint),
/* harmony export */   al: () => (/* binding */ portableGuestKernelHint),
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
/**
 * A guest kernel's path as evidence records it: inside one of guestKernelDirs() (the tool's
 * folder or the user's cache, both this machine's) as `<guest-kernels>/<release>/boot/...`;
 * anywhere else (a system path such as /boot) as it is. The kernel's sha256 says which it was.
 */
function recordedKernelPath(path, env = process.env) {
    const dir = guestKernelDirs(env).find((d) => path.startsWith(`${d}/`));
    return dir === undefined ? path : `<guest-kernels>/${path.slice(dir.length + 1)}`;
}
/**
 * What a placement records of a site with no usable guest kernel: what to do, in words that hold on
 * any machine (the capsule goes to reviewers elsewhere; guestKernelHint names this machine's folders).
 */
function portableGuestKernelHint() {
    return `run ${SCRIPT} from the proof-capsule repository or its npm package (it unpacks a Debian or Ubuntu kernel), `
        + 'or set CAPSULE_GUEST_KERNEL_DIR';
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

/***/ 5462:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   l: () => (/* binding */ createRedactor)
/* harmony export */ });
/** What replaces a secret value in stored and streamed output. */
const REDACTED = Buffer.from('[REDACTED]');
/**
 * Streaming redaction of byte strings. Output that could still be the start of a secret
 * is held back until the next chunk (or `end`), so a secret split across chunk
 * boundaries is still caught.
 */
function createRedactor(secretValues) {
    const secrets = [...new Set(secretValues.filter((s) => s.length > 0))].map((s) => Buffer.from(s)).sort((a, b) => b.length - a.length);
    const hold = secrets.length > 0 ? secrets[0].length - 1 : 0;
    let carry = Buffer.alloc(0);
    const redact = (buf, safeEnd) => {
        const parts = [];
        let i = 0;
        while (i < safeEnd) {
            let at = -1;
            let len = 0;
            for (const s of secrets) {
                const m = buf.indexOf(s, i);
                if (m >= 0 && (at < 0 || m < at)) {
                    at = m;
                    len = s.length;
                }
            }
            if (at < 0 || at >= safeEnd) {
                parts.push(buf.subarray(i, safeEnd));
                i = safeEnd;
                break;
            }
            parts.push(buf.subarray(i, at), REDACTED);
            i = at + len;
        }
        return { out: Buffer.concat(parts), next: i };
    };
    return {
        push(chunk) {
            if (secrets.length === 0)
                return chunk;
            const buf = Buffer.concat([carry, chunk]);
            const { out, next } = redact(buf, Math.max(0, buf.length - hold));
            carry = Buffer.from(buf.subarray(next));
            return out;
        },
        end() {
            const { out } = redact(carry, carry.length);
            carry = Buffer.alloc(0);
            return out;
        },
    };
}


/***/ }),

/***/ 4516:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  l: () => (/* binding */ executorFor),
  B: () => (/* binding */ executors)
});

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/execute/process.ts + 1 modules
var execute_process = __webpack_require__(5449);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/hash/sha256.ts
var sha256 = __webpack_require__(6813);
// EXTERNAL MODULE: ./src/execute/qemu/kernels.ts
var kernels = __webpack_require__(8574);
// EXTERNAL MODULE: ./src/json/write.ts
var write = __webpack_require__(1249);
// EXTERNAL MODULE: ./src/execute/contain/index.ts + 6 modules
var contain = __webpack_require__(2448);
;// CONCATENATED MODULE: ./src/execute/qemu/probe.ts







const KVM_PROBE_TIMEOUT_MS = 3000;
const QEMU_ARCH = { x64: 'x86_64', arm64: 'aarch64' };
/** The QEMU system emulator for this machine's architecture on PATH, or null. */
function findQemu(env = process.env) {
    const name = `qemu-system-${QEMU_ARCH[(0,external_node_os_.arch)()] ?? (0,external_node_os_.arch)()}`;
    for (const dir of (env.PATH ?? '').split(external_node_path_.delimiter).filter(Boolean)) {
        const candidate = (0,external_node_path_.join)(dir, name);
        try {
            (0,external_node_fs_.accessSync)(candidate, external_node_fs_.constants.X_OK);
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
    if (!(0,external_node_fs_.existsSync)('/dev/kvm'))
        return Promise.resolve({ usable: false, reason: '/dev/kvm does not exist' });
    if (qemu === null)
        return Promise.resolve({ usable: false, reason: 'no QEMU binary to probe KVM with' });
    if (kernel === null)
        return Promise.resolve({ usable: false, reason: 'no guest kernel to probe KVM with' });
    const argv = ['-accel', 'kvm', '-m', '128', '-nodefaults', '-no-user-config', '-display', 'none', '-serial', 'none', '-no-reboot', '-kernel', kernel, '-append', 'panic=-1 quiet'];
    const plan = (0,contain/* planContainment */.eT)();
    if ('problem' in plan)
        return Promise.resolve({ usable: false, reason: plan.problem });
    const job = (0,contain/* spawnContained */.zB)([qemu, ...argv], { plan });
    job.stdout.resume();
    job.stderr.resume();
    return (0,contain/* superviseJob */.yg)(job, { timeoutMs, graceMs: 0 }).then(({ exit, timedOut }) => {
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
        const facts = localWithoutKvm();
        const kvm = await cachedKvmProbe(facts.qemu, facts.kernels[0] ?? null);
        kvmReason = kvm.reason;
        return { ...facts, kvm: kvm.usable };
    })();
    return cached;
}
/** What this machine has without asking KVM (which takes a guest boot): KVM counts as unusable. */
function localWithoutKvm() {
    return { os: (0,external_node_os_.platform)(), arch: QEMU_ARCH[(0,external_node_os_.arch)()] ?? (0,external_node_os_.arch)(), kvm: false, qemu: findQemu(), kernels: (0,kernels/* findGuestKernelFiles */.q3)(), labels: [] };
}
/**
 * The KVM probe boots a kernel (up to 3 s when KVM hangs), so its verdict is kept per boot of
 * this machine, QEMU binary and kernel: the same facts give the same answer until a reboot or
 * an upgrade. Delete `~/.cache/proof-capsule/kvm-probe.json` to probe again.
 */
async function cachedKvmProbe(qemu, kernel) {
    if (!(0,external_node_fs_.existsSync)('/dev/kvm') || qemu === null || kernel === null)
        return probeKvm(qemu, kernel);
    const key = [bootId(), qemu, (0,external_node_fs_.statSync)(qemu).mtimeMs, kernel, (0,external_node_fs_.statSync)(kernel).mtimeMs].join('|');
    const file = (0,external_node_path_.join)(process.env.XDG_CACHE_HOME ?? (0,external_node_path_.join)((0,external_node_os_.homedir)(), '.cache'), 'proof-capsule', 'kvm-probe.json');
    try {
        const saved = JSON.parse((0,external_node_fs_.readFileSync)(file, 'utf8'));
        if (saved.key === key)
            return { usable: saved.usable, reason: `${saved.reason} (probed earlier this boot)` };
    }
    catch {
        // No verdict saved yet, or an unreadable one: probe.
    }
    const verdict = await probeKvm(qemu, kernel);
    try {
        (0,write/* writeJsonFile */.A)(file, { key, ...verdict });
    }
    catch {
        // A read-only home only costs the next run another probe.
    }
    return verdict;
}
function bootId() {
    try {
        return (0,external_node_fs_.readFileSync)('/proc/sys/kernel/random/boot_id', 'utf8').trim();
    }
    catch {
        return 'unknown-boot';
    }
}

;// CONCATENATED MODULE: ./src/execute/qemu/placing.ts


/** A QEMU site serves a VM, or auto when KVM makes a VM cheap; it needs a QEMU binary and a guest kernel. */
const qemuPlacing = {
    async probe(intent) {
        // A process bundle never runs here: its placement lists this site as rejected for that
        // reason alone, so it is not worth the KVM probe's guest boot (seconds where KVM hangs).
        const capabilities = intent === 'process' ? localWithoutKvm() : await probeLocal();
        return [{ name: 'local-qemu', executor: 'qemu', capabilities }];
    },
    fits(site, { intent, kernel }) {
        if (intent === 'process')
            return 'qemu executor; the bundle asks for a process';
        if (site.capabilities.qemu === null)
            return 'no QEMU binary';
        // Recorded in the capsule (the placement's rejected sites): no path of this machine.
        if (kernel === null)
            return `no readable guest kernel (${(0,kernels/* portableGuestKernelHint */.al)()})`;
        // auto takes a VM only when it is cheap (KVM); TCG emulation is for bundles that ask for a VM.
        if (intent === 'auto' && !site.capabilities.kvm) {
            return 'auto prefers the process executor when KVM is not usable (TCG is slow)';
        }
        return null;
    },
    // A KVM-capable site first, then any QEMU site (both before a process site).
    rank: (site) => (site.capabilities.kvm ? 0 : 1),
    place(site, { intent, kernel, initrd, probed }) {
        const warnings = [];
        if (!site.capabilities.kvm) {
            const why = probed ? ` (${localKvmReason()})` : '';
            warnings.push(`KVM is not usable on ${site.name}${why}: falling back to TCG software emulation (much slower)`);
        }
        const machine = intent === 'microvm' || kernel.includes('cloud') ? 'microvm' : 'pc';
        const qemu = { binary: site.capabilities.qemu, kernel: kernel, ...(initrd ? { initrd } : {}), machine };
        return { accel: site.capabilities.kvm ? 'kvm' : 'tcg', qemu, warnings };
    },
};

// EXTERNAL MODULE: ./src/execute/logs.ts
var execute_logs = __webpack_require__(3152);
// EXTERNAL MODULE: ./src/execute/echo.ts
var execute_echo = __webpack_require__(3890);
;// CONCATENATED MODULE: ./src/execute/qemu/argv.ts

const CONTROL = /[\u0000-\u001f\u007f]/;
const ID = /^[A-Za-z][A-Za-z0-9_]{0,30}$/;
// A kernel parameter is one word of the command line: no spaces or quotes that would start another.
const KERNEL_PARAM = /^[A-Za-z0-9_.-]+(=[A-Za-z0-9_.,:/+@-]*)?$/;
function unsafe(what, value, why) {
    return new errors/* CapsuleError */.Mu('qemu_unsafe_argument', `QEMU ${what} ${JSON.stringify(value)} is refused: ${why}`, {}, { what, value });
}
/** A path for a QEMU option list (`-drive file=...`): no control characters; commas doubled, which QEMU reads as one literal comma. */
function optionValue(what, value) {
    if (value.length === 0)
        throw unsafe(what, value, 'empty');
    if (CONTROL.test(value))
        throw unsafe(what, value, 'it contains a control character (newline, NUL, ...)');
    return value.replace(/,/g, ',,');
}
/** A path given as a whole argument (`-kernel PATH`): QEMU takes it literally, so only control characters are refused. */
function wholeValue(what, value) {
    if (value.length === 0)
        throw unsafe(what, value, 'empty');
    if (CONTROL.test(value))
        throw unsafe(what, value, 'it contains a control character (newline, NUL, ...)');
    return value;
}
function identifier(what, value) {
    if (!ID.test(value))
        throw unsafe(what, value, 'identifiers are a letter then up to 30 letters, digits or _');
    return value;
}
function kernelParam(value) {
    if (!KERNEL_PARAM.test(value))
        throw unsafe('kernel parameter', value, 'a parameter is name or name=value without spaces, quotes or control characters');
    return value;
}
function count(what, value, min, max) {
    if (!Number.isInteger(value) || value < min || value > max)
        throw unsafe(what, String(value), `must be an integer from ${min} to ${max}`);
    return String(value);
}
/**
 * The kernel command line our guest init expects; extra parameters are appended after validation.
 * `panic=-1` restarts at once on a panic and `reboot=t` makes that restart a triple fault, which
 * `-no-reboot` turns into QEMU exiting. Without it, on microvm (no ACPI reset register, no
 * keyboard controller) Linux falls through to a BIOS warm restart that re-enters the firmware
 * without a CPU reset and, depending on timing, wanders through unmapped memory forever.
 */
const BASE_KERNEL_PARAMS = ['console=ttyS0', 'quiet', 'panic=-1', 'reboot=t'];
/** Every QEMU argument of a run, built here and nowhere else. Never passed through a shell. */
function buildQemuArgv(launch) {
    // microvm's virtio transport is MMIO; the pc machine's is PCI.
    const bus = launch.machine === 'microvm' ? 'device' : 'pci';
    const argv = [
        '-M', launch.machine,
        '-accel', launch.accel,
        '-m', count('memory MiB', launch.memMiB, 64, 1 << 20),
        '-smp', count('vcpu count', launch.vcpu, 1, 256),
        '-kernel', wholeValue('kernel path', launch.kernel),
        '-initrd', wholeValue('initrd path', launch.initrd),
        '-append', [...BASE_KERNEL_PARAMS, ...launch.kernelParams.map(kernelParam)].join(' '),
        '-nographic', '-no-reboot', '-nodefaults', '-no-user-config', '-serial', 'stdio',
    ];
    for (const d of launch.disks) {
        const id = identifier('disk id', d.id);
        argv.push('-drive', `id=${id},file=${optionValue('disk path', d.path)},format=raw,if=none${d.readonly ? ',readonly=on' : ''}`);
        argv.push('-device', `virtio-blk-${bus},drive=${id}`);
    }
    for (const s of launch.shares) {
        const tag = identifier('9p mount tag', s.tag);
        argv.push('-fsdev', `local,id=${tag},path=${optionValue('9p share path', s.path)},security_model=none,multidevs=remap${s.readonly ? ',readonly=on' : ''}`);
        argv.push('-device', `virtio-9p-${bus},fsdev=${tag},mount_tag=${tag}`);
    }
    if (launch.network)
        argv.push('-netdev', 'user,id=net0', '-device', `virtio-net-${bus},netdev=net0`);
    else
        argv.push('-nic', 'none');
    return argv;
}

// EXTERNAL MODULE: ./src/text/shell.ts
var shell = __webpack_require__(6933);
;// CONCATENATED MODULE: ./src/execute/qemu/guest-init.ts


/** Lines the guest init prints on the serial console; the host reads them back. */
const GUEST_MARK = {
    started: 'capsule-guest: job started',
    exitCode: 'capsule-guest: exit-code=',
    resultsFailed: 'capsule-guest: results-write-failed',
    resultsWritten: 'capsule-guest: results-written',
};
/** Where things live inside the guest (all in the initramfs's tmpfs root). */
const GUEST_PATHS = { workspace: '/workspace', results: '/capsule', job: '/capsule-job.sh', resultsDisk: '/dev/vda' };
/**
 * /init: mount the basics, load the virtio modules, run the job with stdout/stderr and exit
 * code in /capsule, write /capsule then /workspace as a tar onto the results disk (logs
 * first, so a disk that fills up still returns them), report on the console, power off.
 */
function guestInitScript(o) {
    const bb = '/bin/busybox';
    const lines = [
        `#!${bb} sh`,
        `${bb} --install -s /bin`,
        'export PATH=/bin',
        'mkdir -p /proc /sys /dev /tmp /capsule',
        'mount -t proc proc /proc; mount -t sysfs sysfs /sys; mount -t devtmpfs devtmpfs /dev; mount -t tmpfs tmpfs /tmp',
        ...o.modules.map((m) => `insmod ${(0,shell/* shQuote */.US)(`/lib/modules/${m}`)} || echo "capsule-guest: insmod ${m} failed" > /dev/console`),
    ];
    if (o.network) {
        // QEMU user networking's fixed addresses (guest 10.0.2.15, gateway .2, DNS .3).
        lines.push('ip link set lo up; ip link set eth0 up; ip addr add 10.0.2.15/24 dev eth0; ip route add default via 10.0.2.2', 'mkdir -p /etc; echo nameserver 10.0.2.3 > /etc/resolv.conf');
    }
    const run = `env -i ${bb} sh ${GUEST_PATHS.job} > /capsule/stdout 2> /capsule/stderr < /dev/null`;
    if (o.hostUserland) {
        lines.push('mkdir -p /host /rw /newroot', 'mount -t 9p -o trans=virtio,version=9p2000.L,ro,msize=262144 hostroot /host', 'mount -t tmpfs tmpfs /rw && mkdir -p /rw/upper /rw/work', 'mount -t overlay overlay -o lowerdir=/host,upperdir=/rw/upper,workdir=/rw/work /newroot', `mkdir -p /newroot${GUEST_PATHS.workspace} /newroot/.capsule /newroot/proc /newroot/sys /newroot/dev /newroot/tmp`, `mount --bind ${GUEST_PATHS.workspace} /newroot${GUEST_PATHS.workspace}`, 'mount -t proc proc /newroot/proc; mount -t sysfs sysfs /newroot/sys; mount -t devtmpfs devtmpfs /newroot/dev; mount -t tmpfs tmpfs /newroot/tmp', `cp ${bb} /newroot/.capsule/busybox; cp ${GUEST_PATHS.job} /newroot/.capsule/job.sh`, `echo "${GUEST_MARK.started}" > /dev/console`, `chroot /newroot /.capsule/busybox env -i /.capsule/busybox sh /.capsule/job.sh > /capsule/stdout 2> /capsule/stderr < /dev/null`);
    }
    else {
        lines.push(`echo "${GUEST_MARK.started}" > /dev/console`, run);
    }
    lines.push('code=$?', 'echo "$code" > /capsule/exit_code', `echo "${GUEST_MARK.exitCode}$code" > /dev/console`, 'sync', `if cd / && tar -cf ${GUEST_PATHS.resultsDisk} capsule workspace 2> /tmp/tar.err; then echo "${GUEST_MARK.resultsWritten}" > /dev/console; else echo "${GUEST_MARK.resultsFailed} $(cat /tmp/tar.err | head -c 300)" > /dev/console; fi`, 'sync', 'poweroff -f');
    return lines.join('\n') + '\n';
}
/**
 * The job: clean environment, cwd inside the workspace, argv exec'd (no word splitting: every
 * word quoted by shQuote, the only way a value reaches the guest shell, so it is never parsed).
 */
function guestJobScript(argv, cwd, env) {
    if (argv.length === 0)
        throw new errors/* CapsuleError */.Mu('qemu_empty_argv', 'empty argv: nothing to run in the VM');
    const lines = ['set -e'];
    for (const [name, value] of Object.entries(env).sort(([a], [b]) => (a < b ? -1 : 1))) {
        if (!(0,shell/* isShellName */.Uq)(name))
            throw new errors/* CapsuleError */.Mu('qemu_bad_env_name', `environment variable name ${JSON.stringify(name)} cannot be passed to the VM`);
        lines.push(`export ${name}=${(0,shell/* shQuote */.US)(value)}`);
    }
    lines.push(`cd ${(0,shell/* shQuote */.US)(`${GUEST_PATHS.workspace}/${cwd}`)}`, 'set +e', `exec ${argv.map(shell/* shQuote */.US).join(' ')}`);
    return lines.join('\n') + '\n';
}

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
;// CONCATENATED MODULE: ./src/execute/qemu/host-tools.ts


const BUSYBOX_CANDIDATES = ['/bin/busybox', '/usr/bin/busybox'];
/** True when the ELF names no dynamic loader: it can run alone in the guest's bare initramfs. */
function isStatic(path) {
    const fd = (0,external_node_fs_.openSync)(path, 'r');
    try {
        const head = Buffer.alloc(8192);
        const n = (0,external_node_fs_.readSync)(fd, head, 0, head.length, 0);
        return head.subarray(0, 4).toString('latin1') === '\x7fELF' && !head.subarray(0, n).includes('/ld-linux');
    }
    finally {
        (0,external_node_fs_.closeSync)(fd);
    }
}
/** A statically linked busybox (Debian's busybox-static) for the guest, or why there is none. */
function findStaticBusybox(env = process.env) {
    const candidates = env.CAPSULE_GUEST_BUSYBOX ? [env.CAPSULE_GUEST_BUSYBOX] : BUSYBOX_CANDIDATES;
    for (const path of candidates) {
        try {
            (0,external_node_fs_.accessSync)(path, external_node_fs_.constants.R_OK);
            if (isStatic(path))
                return { path };
        }
        catch {
            // Not here.
        }
    }
    return { problem: `no statically linked busybox at ${candidates.join(' or ')} (install the busybox-static package)` };
}
const versions = new Map();
/** The first line of `qemu-system-* --version`, once per binary. */
function qemuVersion(binary) {
    let v = versions.get(binary);
    if (v === undefined) {
        try {
            v = (0,external_node_child_process_.execFileSync)(binary, ['--version'], { encoding: 'utf8', timeout: 10_000 }).split('\n')[0].trim();
        }
        catch (err) {
            v = `unknown (${err.message.split('\n')[0]})`;
        }
        versions.set(binary, v);
    }
    return v;
}
/**
 * Under TCG the guest's PIT-based TSC calibration fails now and then on a busy host
 * (measured here: about one boot in three hung at "tsc: Unable to calibrate against PIT").
 * TCG's guest TSC is the host's, so its rate is given to the kernel instead.
 */
function hostTscKhz() {
    try {
        const text = (0,external_node_fs_.readFileSync)('/proc/cpuinfo', 'utf8');
        const mhz = /^cpu MHz\s*:\s*([\d.]+)/m.exec(text);
        return mhz ? Math.round(Number(mhz[1]) * 1000) : null;
    }
    catch {
        return null;
    }
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./src/execute/qemu/cpio.ts


const S_IFDIR = 0o040000;
const S_IFREG = 0o100000;
const S_IFLNK = 0o120000;
const COPY_CHUNK = 1 << 20;
/**
 * A streaming writer of the cpio "newc" format the kernel unpacks as an initramfs. Output is
 * deterministic (inode numbers in write order, uid/gid/mtime 0); several archives may be
 * written one after another into the same file, which the kernel reads as one tree.
 */
class CpioWriter {
    fd;
    ino = 1;
    hash = (0,external_node_crypto_.createHash)('sha256');
    offset = 0;
    constructor(fd) {
        this.fd = fd;
    }
    static open(path) {
        return new CpioWriter((0,external_node_fs_.openSync)(path, 'w', 0o600));
    }
    add(entry) {
        if (entry.type === 'dir')
            return this.member(entry.name, S_IFDIR | entry.mode, 2, 0, () => { });
        if (entry.type === 'symlink') {
            const target = Buffer.from(entry.target);
            return this.member(entry.name, S_IFLNK | 0o777, 1, target.length, () => this.write(target));
        }
        if ('data' in entry)
            return this.member(entry.name, S_IFREG | entry.mode, 1, entry.data.length, () => this.write(entry.data));
        const source = entry.source;
        this.member(entry.name, S_IFREG | entry.mode, 1, entry.size, () => this.copy(source, entry.size));
    }
    /** Ends the current archive (TRAILER!!!) and returns the SHA-256 of its bytes; the next add() starts a new one. */
    endArchive() {
        this.member('TRAILER!!!', 0, 1, 0, () => { });
        const digest = this.hash.digest('hex');
        this.hash = (0,external_node_crypto_.createHash)('sha256');
        this.offset = 0;
        this.ino = 1;
        return digest;
    }
    close() {
        (0,external_node_fs_.closeSync)(this.fd);
    }
    member(name, mode, nlink, size, body) {
        const nameBytes = Buffer.from(`${name}\0`);
        const fields = [this.ino++, mode, 0, 0, nlink, 0, size, 0, 0, 0, 0, nameBytes.length, 0];
        this.write(Buffer.from('070701' + fields.map((f) => f.toString(16).padStart(8, '0')).join(''), 'ascii'));
        this.write(nameBytes);
        this.pad();
        body();
        this.pad();
    }
    copy(source, size) {
        const fd = (0,external_node_fs_.openSync)(source, 'r');
        try {
            const buf = Buffer.alloc(COPY_CHUNK);
            let left = size;
            while (left > 0) {
                const n = (0,external_node_fs_.readSync)(fd, buf, 0, Math.min(COPY_CHUNK, left), null);
                // A file that shrank while being packed would desynchronise the archive.
                if (n === 0)
                    throw new Error(`${source} shrank while it was packed into the initramfs`);
                this.write(buf.subarray(0, n));
                left -= n;
            }
        }
        finally {
            (0,external_node_fs_.closeSync)(fd);
        }
    }
    pad() {
        const rest = this.offset % 4;
        if (rest !== 0)
            this.write(Buffer.alloc(4 - rest));
    }
    write(bytes) {
        (0,external_node_fs_.writeSync)(this.fd, bytes);
        this.hash.update(bytes);
        this.offset += bytes.length;
    }
}

;// CONCATENATED MODULE: ./src/execute/qemu/initramfs.ts




/**
 * Two cpio archives back to back in one file: the system part (busybox-static as every
 * tool, /init, the modules), then the payload (the job script and a copy of the
 * workspace). The kernel unpacks both into one tmpfs root.
 */
function buildInitramfs(path, spec) {
    const writer = CpioWriter.open(path);
    try {
        for (const e of systemEntries(spec))
            writer.add(e);
        const systemSha256 = writer.endArchive();
        const payload = payloadEntries(spec);
        for (const e of payload)
            writer.add(e);
        const payloadSha256 = writer.endArchive();
        return { path, systemSha256, payloadSha256, payloadFiles: payload.filter((e) => e.type === 'file').length };
    }
    finally {
        writer.close();
    }
}
function systemEntries(spec) {
    const entries = ['bin', 'dev', 'proc', 'sys', 'tmp', 'lib', 'lib/modules'].map((name) => ({ name, type: 'dir', mode: 0o755 }));
    entries.push({ name: 'bin/busybox', type: 'file', mode: 0o755, source: spec.busybox, size: (0,external_node_fs_.lstatSync)(spec.busybox).size });
    entries.push({ name: 'init', type: 'file', mode: 0o755, data: Buffer.from(guestInitScript(spec.init)) });
    const dirs = new Set();
    for (const m of spec.init.modules) {
        const parts = m.split('/');
        for (let i = 1; i < parts.length; i++) {
            const dir = `lib/modules/${parts.slice(0, i).join('/')}`;
            if (!dirs.has(dir))
                entries.push({ name: dir, type: 'dir', mode: 0o755 });
            dirs.add(dir);
        }
        const source = (0,external_node_path_.join)(spec.modulesDir, m);
        entries.push({ name: `lib/modules/${m}`, type: 'file', mode: 0o644, source, size: (0,external_node_fs_.lstatSync)(source).size });
    }
    return entries;
}
function payloadEntries(spec) {
    const root = GUEST_PATHS.workspace.slice(1);
    return [
        { name: GUEST_PATHS.job.slice(1), type: 'file', mode: 0o644, data: Buffer.from(guestJobScript(spec.job.argv, spec.job.cwd, spec.job.env)) },
        { name: root, type: 'dir', mode: 0o755 },
        ...workspaceEntries(spec.workspace, root, '', { paths: new Set(spec.skip ?? []), folder: spec.skipFolder }),
    ];
}
/** The workspace tree but the skipped folders, sorted; symlinks stay symlinks (they resolve in the guest only). */
function workspaceEntries(dir, prefix, rel, skip) {
    const entries = [];
    for (const name of (0,external_node_fs_.readdirSync)(dir).sort()) {
        const childRel = rel ? `${rel}/${name}` : name;
        if (skip.paths.has(childRel))
            continue;
        const source = (0,external_node_path_.join)(dir, name);
        const inGuest = `${prefix}/${name}`;
        const st = (0,external_node_fs_.lstatSync)(source);
        if (st.isSymbolicLink())
            entries.push({ name: inGuest, type: 'symlink', target: (0,external_node_fs_.readlinkSync)(source) });
        else if (st.isDirectory()) {
            if (skip.folder?.(source))
                continue;
            entries.push({ name: inGuest, type: 'dir', mode: st.mode & 0o7777 });
            entries.push(...workspaceEntries(source, inGuest, childRel, skip));
        }
        else if (st.isFile())
            entries.push({ name: inGuest, type: 'file', mode: st.mode & 0o7777, source, size: st.size });
    }
    return entries;
}

;// CONCATENATED MODULE: ./src/execute/qemu/kernel.ts



/** CONFIG_* values from the kernel's config file (boot/config-<release>); empty when unreadable. */
function readConfig(bootDir, release) {
    const config = new Map();
    try {
        for (const m of (0,external_node_fs_.readFileSync)((0,external_node_path_.join)(bootDir, `config-${release}`), 'utf8').matchAll(/^(CONFIG_\w+)=([ym])$/gm))
            config.set(m[1], m[2]);
    }
    catch {
        // No config beside the kernel: nothing is known, so nothing is claimed.
    }
    return config;
}
/** Debian's layout: <root>/boot/vmlinuz-<release> pairs with <root>/lib/modules/<release> (root is / for the host's own). */
function modulesDirOf(path, release) {
    const root = (0,external_node_path_.dirname)((0,external_node_path_.dirname)(path));
    const dir = (0,external_node_path_.join)(root, 'lib', 'modules', release);
    return (0,external_node_fs_.existsSync)((0,external_node_path_.join)(dir, 'modules.dep')) ? dir : undefined;
}
function describe(path) {
    const release = (0,external_node_path_.basename)(path).replace(/^vmlinuz-/, '');
    const bootDir = (0,external_node_path_.dirname)(path);
    const config = readConfig(bootDir, release);
    const modulesDir = modulesDirOf(path, release);
    // A module-built feature counts only when the modules are there to load.
    const has = (...keys) => keys.every((k) => config.get(k) === 'y' || (config.get(k) === 'm' && modulesDir !== undefined));
    const elf = (0,external_node_path_.join)(bootDir, `vmlinux-${release}`);
    return {
        path,
        bootPath: (0,external_node_fs_.existsSync)(elf) ? elf : path,
        release,
        kind: release.includes('cloud') ? 'cloud' : 'generic',
        ...(modulesDir ? { modulesDir } : {}),
        microvm: has('CONFIG_VIRTIO_MMIO', 'CONFIG_VIRTIO_BLK'),
        ninep: has('CONFIG_NET_9P_VIRTIO', 'CONFIG_9P_FS', 'CONFIG_OVERLAY_FS'),
    };
}
/**
 * Readable guest kernels (guestKernelDirs(): $CAPSULE_GUEST_KERNEL_DIR, beside the tool, the
 * per-user cache; then /boot/vmlinuz-*), in the placement's order, with what each supports.
 */
function findGuestKernels(env = process.env, cwd = process.cwd()) {
    return (0,kernels/* findGuestKernelFiles */.q3)(env, cwd).map(describe);
}
/**
 * The kernel to boot: the preferred one (bundle or placement) when it can do what the run
 * needs, else the first found that can. Null when none can.
 */
function chooseGuestKernel(preferred, found, needs) {
    const fits = (k) => k.modulesDir !== undefined && (!needs.ninep || k.ninep);
    const candidates = preferred !== undefined && (0,external_node_fs_.existsSync)(preferred) ? [describe(preferred), ...found] : found;
    return candidates.find(fits) ?? null;
}

;// CONCATENATED MODULE: ./src/execute/qemu/modules.ts




/** What the guest init needs, by feature. */
const GUEST_MODULES = {
    blockMmio: ['virtio_mmio', 'virtio_blk'],
    blockPci: ['virtio_pci', 'virtio_blk'],
    ninep: ['9pnet_virtio', '9p', 'overlay'],
    net: ['virtio_net'],
};
/**
 * Module files to insmod, dependencies first, for the named modules (from depmod's
 * modules.dep). Modules built into the kernel (modules.builtin) need nothing.
 */
function moduleLoadOrder(modulesDir, names) {
    const depFile = (0,external_node_path_.join)(modulesDir, 'modules.dep');
    const deps = new Map();
    for (const line of (0,external_node_fs_.readFileSync)(depFile, 'utf8').split('\n')) {
        const [mod, rest] = line.split(':');
        if (mod && rest !== undefined)
            deps.set(moduleName(mod), [mod, ...rest.trim().split(/\s+/).filter(Boolean)]);
    }
    const builtin = readBuiltin(modulesDir);
    const order = [];
    const visit = (name, trail) => {
        if (builtin.has(name))
            return;
        const entry = deps.get(name);
        if (!entry)
            throw new errors/* CapsuleError */.Mu('qemu_module_missing', `${depFile}: kernel module ${name} is neither built in nor listed (needed for ${trail.join(' → ')}); ${(0,kernels/* guestKernelHint */.Tu)()}`, { file: depFile });
        const [file, ...needs] = entry;
        if (!file.endsWith('.ko'))
            throw new errors/* CapsuleError */.Mu('qemu_module_compressed', `${depFile}: ${file} is compressed; the guest's busybox insmod loads plain .ko files only`, { file: depFile });
        for (const dep of needs)
            visit(moduleName(dep), [...trail, moduleName(dep)]);
        if (!order.includes(file))
            order.push(file);
    };
    for (const name of names)
        visit(name, [name]);
    return order;
}
/** "kernel/fs/9p/9p.ko" → "9p"; modules.dep spells names with either - or _. */
function moduleName(path) {
    return (0,external_node_path_.basename)(path).replace(/\.ko(\.\w+)?$/, '').replace(/-/g, '_');
}
function readBuiltin(modulesDir) {
    try {
        return new Set((0,external_node_fs_.readFileSync)((0,external_node_path_.join)(modulesDir, 'modules.builtin'), 'utf8').split('\n').filter(Boolean).map(moduleName));
    }
    catch {
        return new Set();
    }
}

;// CONCATENATED MODULE: ./src/execute/qemu/results.ts


const BLOCK = 512;
function field(block, start, length) {
    const raw = block.subarray(start, start + length);
    const end = raw.indexOf(0);
    return raw.subarray(0, end === -1 ? length : end).toString('utf8');
}
function octal(block, start, length) {
    // GNU base-256 for sizes over 8 GiB is refused: a results disk is never that large.
    if ((block[start] & 0x80) !== 0)
        return Number.NaN;
    const text = field(block, start, length).trim();
    return text === '' ? 0 : parseInt(text, 8);
}
/**
 * Reads the ustar stream busybox tar wrote onto the raw results disk (with GNU long-name
 * records). The disk is untrusted guest output: sizes are checked against the disk, and
 * parsing stops at the end marker, the end of the disk or the first malformed header.
 */
function* readTar(path) {
    const fd = (0,external_node_fs_.openSync)(path, 'r');
    try {
        const size = (0,external_node_fs_.lstatSync)(path).size;
        let offset = 0;
        let longName = null;
        const header = Buffer.alloc(BLOCK);
        while (offset + BLOCK <= size) {
            (0,external_node_fs_.readSync)(fd, header, 0, BLOCK, offset);
            if (header.every((b) => b === 0))
                return true;
            const length = octal(header, 124, 12);
            const dataEnd = offset + BLOCK + length;
            if (!Number.isFinite(length) || length < 0 || dataEnd > size)
                return false;
            const data = Buffer.alloc(length);
            (0,external_node_fs_.readSync)(fd, data, 0, length, offset + BLOCK);
            offset = offset + BLOCK + Math.ceil(length / BLOCK) * BLOCK;
            const type = String.fromCharCode(header[156]) || '0';
            if (type === 'L') {
                longName = field(data, 0, data.length);
                continue;
            }
            const prefix = header.subarray(257, 262).toString('ascii') === 'ustar' ? field(header, 345, 155) : '';
            const name = longName ?? (prefix ? `${prefix}/${field(header, 0, 100)}` : field(header, 0, 100));
            longName = null;
            yield { name, type: type === '\0' ? '0' : type, mode: octal(header, 100, 8), data };
        }
        return false;
    }
    finally {
        (0,external_node_fs_.closeSync)(fd);
    }
}
/** A relative workspace path from an archive name, or null when it could leave the workspace. */
function workspacePath(name) {
    const rel = name.replace(/^workspace\/?/, '').replace(/\/+$/, '');
    if (rel === '')
        return '';
    const parts = rel.split('/');
    if (rel.startsWith('/') || parts.some((p) => p === '..' || p === '.' || p === '' || p.includes('\\')))
        return null;
    return rel;
}
/** Refuses to write through an existing symlink anywhere on the way (the host side may have one the guest did not). */
function throughSymlink(root, rel) {
    let current = root;
    for (const part of rel.split('/')) {
        current = (0,external_node_path_.join)(current, part);
        try {
            if ((0,external_node_fs_.lstatSync)(current).isSymbolicLink())
                return true;
        }
        catch {
            return false;
        }
    }
    return false;
}
/**
 * Reads the results disk; writes the workspace files back into `workspace` (regular files and
 * folders only), never into a `skip` folder nor into a host folder `skipFolder` says yes to.
 */
function collectGuestResults(disk, workspace, skip = [], skipFolder) {
    const r = { stdout: null, stderr: null, exitCode: null, files: [], refused: [], truncated: false };
    const tar = readTar(disk);
    for (let step = tar.next();; step = tar.next()) {
        if (step.done) {
            r.truncated = !step.value;
            return r;
        }
        const e = step.value;
        if (e.name === 'capsule/stdout')
            r.stdout = e.data;
        else if (e.name === 'capsule/stderr')
            r.stderr = e.data;
        else if (e.name === 'capsule/exit_code')
            r.exitCode = /^\d{1,3}\s*$/.test(e.data.toString('ascii')) ? Number(e.data.toString('ascii').trim()) : null;
        else if (e.name === 'workspace' || e.name.startsWith('workspace/'))
            writeBack(e, workspace, r, skip, skipFolder);
    }
}
function writeBack(e, workspace, r, skip, skipFolder) {
    const rel = workspacePath(e.name);
    if (rel === null)
        return void r.refused.push(`${e.name}: path could leave the workspace`);
    if (rel === '')
        return;
    const kept = skip.find((s) => rel === s || rel.startsWith(`${s}/`)) ?? keptFolder(workspace, rel, skipFolder);
    if (kept !== undefined)
        return void r.refused.push(`${e.name}: inside ${kept}, a folder kept out of the VM`);
    if (e.type !== '0' && e.type !== '5')
        return void r.refused.push(`${e.name}: ${e.type === '2' ? 'symlink' : e.type === '1' ? 'hard link' : `entry type ${e.type}`} not written back`);
    if (throughSymlink(workspace, rel))
        return void r.refused.push(`${e.name}: a symlink in the workspace is on its path`);
    const target = (0,external_node_path_.join)(workspace, rel);
    if (e.type === '5')
        return void (0,external_node_fs_.mkdirSync)(target, { recursive: true });
    (0,external_node_fs_.mkdirSync)((0,external_node_path_.join)(target, '..'), { recursive: true });
    (0,external_node_fs_.writeFileSync)(target, e.data, { mode: (Number.isFinite(e.mode) ? e.mode : 0o644) & 0o755 });
    r.files.push(rel);
}
/** The first folder on `rel`'s path (itself included) that exists on the host and `skipFolder` keeps out. */
function keptFolder(workspace, rel, skipFolder) {
    if (!skipFolder)
        return undefined;
    const parts = rel.split('/');
    for (let i = 1; i <= parts.length; i++) {
        const prefix = parts.slice(0, i).join('/');
        if (skipFolder((0,external_node_path_.join)(workspace, prefix)))
            return prefix;
    }
    return undefined;
}

// EXTERNAL MODULE: ./src/execute/result.ts
var result = __webpack_require__(1370);
// EXTERNAL MODULE: ./src/execute/contain/record.ts
var record = __webpack_require__(3995);
;// CONCATENATED MODULE: ./src/execute/qemu/executor.ts




















const DEFAULT_RESULTS_DISK_BYTES = 1 << 30;
const DEFAULT_MEM_MIB = 512;
/** Runs the bundle in a micro-VM: the guest kernel, our busybox init, the workspace as initramfs payload. */
function createQemuExecutor(options = {}) {
    return { kind: 'qemu', ...qemuPlacing, run: (req) => runInVm(req, options) };
}
const qemuExecutor = createQemuExecutor();
/** Everything the VM needs from the host, or why it cannot start (each a diagnostic, never an exception). */
function resolveSetup(req, env) {
    const vm = req.bundle.bundle.spec.executor.vm ?? {};
    if (vm.initrd)
        return `vm.initrd is not supported: the qemu executor builds the initramfs itself (busybox init + workspace payload)`;
    const binary = req.placement.qemu?.binary ?? findQemu(env);
    if (!binary || !(0,external_node_fs_.existsSync)(binary))
        return `QEMU not found (${binary ?? 'qemu-system-x86_64 not on PATH'}): install qemu-system-x86`;
    const busybox = findStaticBusybox(env);
    if ('problem' in busybox)
        return busybox.problem;
    const needs = { ninep: vm.hostUserland === true };
    const explicit = vm.kernel ? (0,external_node_path_.resolve)(req.bundle.dir, vm.kernel) : undefined;
    if (explicit && !(0,external_node_fs_.existsSync)(explicit))
        return `guest kernel ${explicit} (vm.kernel) does not exist`;
    const kernel = explicit ? chooseGuestKernel(explicit, [], needs) : chooseGuestKernel(req.placement.qemu?.kernel, findGuestKernels(env), needs);
    if (!kernel) {
        const what = explicit ? `the kernel ${explicit} (vm.kernel) has no usable modules${needs.ninep ? ' or lacks 9p/overlay' : ''}` : `no guest kernel${needs.ninep ? ' with 9p and overlay modules (vm.hostUserland needs the generic kernel)' : ''} found`;
        return `${what}: ${(0,kernels/* guestKernelHint */.Tu)(env)}`;
    }
    return { binary, kernel, busybox: busybox.path };
}
async function runInVm(req, options) {
    const startedAt = new Date();
    const diagnostics = [];
    const details = { io_channel: 'workspace in as initramfs payload; results out as a tar on a virtio-blk raw disk' };
    (0,external_node_fs_.mkdirSync)(req.logsDir, { recursive: true });
    const sink = (name) => (0,execute_logs/* createLogSink */.Y)((0,external_node_path_.join)(req.logsDir, name), { capBytes: req.logCapBytes, secretValues: req.secretValues });
    const sinks = { stdout: sink('stdout.log'), stderr: sink('stderr.log'), console: sink('console.log') };
    let outcome = null;
    const setup = resolveSetup(req, options.env ?? process.env);
    if (typeof setup === 'string')
        diagnostics.push(setup);
    else {
        const scratch = (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'capsule-qemu-'));
        try {
            outcome = await bootAndCollect(req, options, setup, scratch, sinks.console, details);
        }
        catch (err) {
            diagnostics.push(err instanceof errors/* CapsuleError */.Mu ? err.message : `qemu executor failed before the guest ran: ${err.message}`);
        }
        finally {
            (0,external_node_fs_.rmSync)(scratch, { recursive: true, force: true });
        }
    }
    const logs = finishLogs(req, sinks, outcome?.results ?? null);
    details.console_log = logs.console;
    if (outcome)
        diagnostics.push(...explainOutcome(outcome, req, details));
    return (0,result/* runResult */.X)('qemu', req, startedAt, {
        pass: outcome !== null && outcome.exitCode === 0 && diagnostics.length === 0,
        exitCode: outcome?.exitCode ?? null,
        signal: outcome?.signal ?? null,
        timedOut: outcome?.timedOut ?? false,
        logs: { stdout: logs.stdout, stderr: logs.stderr },
        diagnostics,
        details,
    });
}
/** Stores the guest's stdout/stderr (capped, hashed, redacted) and closes the console log. */
function finishLogs(req, sinks, results) {
    const echo = (0,execute_echo/* liveEcho */.a)(req);
    const record = (stream) => {
        const s = sinks[stream];
        // The guest's output arrives when it powers off, so live output is replayed at the end.
        echo(stream, s.write(results?.[stream] ?? Buffer.alloc(0)));
        const { record, tail } = s.close();
        echo(stream, tail, true);
        return record;
    };
    return { stdout: record('stdout'), stderr: record('stderr'), console: sinks.console.close().record };
}
/** The failure reasons an outcome carries; none means the guest ran, reported and wrote its results back. */
function explainOutcome(o, req, details) {
    const d = [];
    if (o.timedOut)
        d.push(`guest hung: no poweroff within ${req.timeoutSeconds} s (boot included); QEMU was sent SIGTERM then SIGKILL. A VM that timed out is always a failure: it wrote no results`);
    if (o.panic)
        d.push(`kernel panic in the guest: ${o.panic} (see console.log)`);
    if (o.resultsMark === 'failed')
        d.push(`results disk full or unwritable (${Number(details.results_disk_bytes) / (1 << 20)} MiB): ${o.resultsError || 'tar failed'}; outputs were not all written back`);
    if (o.results?.truncated && o.resultsMark !== 'failed' && !o.timedOut && !o.panic)
        d.push('the results archive on the disk is cut off: the guest died while writing it');
    if (o.results && o.results.refused.length > 0)
        d.push(`guest results not written back: ${o.results.refused.slice(0, 5).join('; ')}`);
    if (o.exitCode === null && !o.timedOut && !o.panic)
        d.push(`guest never reported an exit code (QEMU exited ${o.qemuExit ?? o.signal}${o.qemuStderr ? `: ${o.qemuStderr}` : ''}); see console.log`);
    return d;
}
async function bootAndCollect(req, options, setup, scratch, consoleSink, details) {
    const vm = req.bundle.bundle.spec.executor.vm ?? {};
    const machine = setup.kernel.microvm ? 'microvm' : 'pc';
    const accel = req.placement.accel === 'kvm' ? 'kvm' : 'tcg';
    const hostUserland = vm.hostUserland === true;
    const network = vm.network === true;
    const modules = moduleLoadOrder(setup.kernel.modulesDir, [
        ...(machine === 'microvm' ? GUEST_MODULES.blockMmio : GUEST_MODULES.blockPci),
        ...(hostUserland ? GUEST_MODULES.ninep : []),
        ...(network ? GUEST_MODULES.net : []),
    ]);
    // Inside the guest only busybox exists unless the host's userland is shared.
    const env = { ...req.env, TMPDIR: '/tmp', ...(hostUserland ? {} : { PATH: '/bin', HOME: '/tmp' }) };
    const initrd = buildInitramfs((0,external_node_path_.join)(scratch, 'initrd.cpio'), {
        busybox: setup.busybox,
        modulesDir: setup.kernel.modulesDir,
        init: { modules, hostUserland, network },
        job: { argv: req.argv, cwd: req.cwd, env },
        workspace: req.workspace,
        skip: req.skip,
        skipFolder: req.skipFolder,
    });
    const disk = (0,external_node_path_.join)(scratch, 'results.img');
    const diskBytes = options.resultsDiskBytes ?? DEFAULT_RESULTS_DISK_BYTES;
    const fd = (0,external_node_fs_.openSync)(disk, 'w', 0o600);
    (0,external_node_fs_.ftruncateSync)(fd, diskBytes);
    (0,external_node_fs_.closeSync)(fd);
    const tscKhz = accel === 'tcg' ? hostTscKhz() : null;
    const launch = {
        kernel: setup.kernel.bootPath,
        initrd: initrd.path,
        machine,
        accel,
        memMiB: vm.memMiB ?? DEFAULT_MEM_MIB,
        vcpu: vm.vcpu ?? 1,
        kernelParams: tscKhz ? [`tsc_early_khz=${tscKhz}`] : [],
        disks: [{ id: 'results', path: disk, readonly: false }],
        shares: hostUserland ? [{ tag: 'hostroot', path: '/', readonly: true }] : [],
        network,
    };
    const argv = buildQemuArgv(launch);
    const [kernelDigest, qemuDigest] = await Promise.all([(0,sha256/* sha256File */.Q3)(setup.kernel.bootPath), (0,sha256/* sha256File */.Q3)(setup.binary)]);
    // No machine paths in evidence: a kernel kept in the bundle folder is recorded relative to it,
    // one from a guest-kernel folder under that folder's name, the per-run scratch as <scratch>.
    const bundleDir = `${(0,external_node_fs_.realpathSync)(req.bundle.dir)}/`;
    const recorded = (p) => (0,kernels/* recordedKernelPath */.Ho)(p, options.env ?? process.env).split(bundleDir).join('').split(scratch).join('<scratch>');
    Object.assign(details, {
        kernel: { path: recorded(setup.kernel.path), boot_path: recorded(setup.kernel.bootPath), release: setup.kernel.release, sha256: kernelDigest.sha256, modules },
        // The payload holds the run's environment: its digest would fingerprint secret values, so it is left out when there are any.
        initrd: { sha256: initrd.systemSha256, ...(req.secretValues.length === 0 ? { payload_sha256: initrd.payloadSha256 } : {}), payload_files: initrd.payloadFiles, busybox: setup.busybox },
        qemu: { binary: setup.binary, sha256: qemuDigest.sha256, version: qemuVersion(setup.binary) },
        qemu_argv: [setup.binary, ...argv].map(recorded),
        accel,
        machine,
        mem_mib: launch.memMiB,
        vcpu: launch.vcpu,
        host_userland: hostUserland,
        network,
        results_disk_bytes: diskBytes,
    });
    const run = await runQemu(setup.binary, argv, req.timeoutSeconds * 1000, options.killGraceMs ?? 2000, consoleSink);
    if (run.containment)
        details.containment = (0,record/* containmentDetails */.t)(run.containment, req.secretValues);
    const results = run.timedOut ? null : collectGuestResults(disk, req.workspace, req.skip, req.skipFolder);
    if (results)
        details.results = { files_written: results.files.length, refused: results.refused, truncated: results.truncated };
    return { ...run, exitCode: results?.exitCode ?? run.markedExitCode, results };
}
/** Runs QEMU contained like any job; reads the serial console line by line for the guest's marks and panics. */
async function runQemu(binary, argv, timeoutMs, graceMs, consoleSink) {
    const r = { timedOut: false, signal: null, qemuExit: null, panic: null, resultsMark: null, resultsError: '', markedExitCode: null, qemuStderr: '', containment: null };
    let partial = '';
    const onLine = (line) => {
        if (r.panic === null && line.includes('Kernel panic'))
            r.panic = line.replace(/^\[[^\]]*\]\s*/, '').trim();
        if (line.startsWith(GUEST_MARK.exitCode))
            r.markedExitCode = Number(line.slice(GUEST_MARK.exitCode.length).trim());
        if (line.startsWith(GUEST_MARK.resultsWritten))
            r.resultsMark = 'written';
        if (line.startsWith(GUEST_MARK.resultsFailed)) {
            r.resultsMark = 'failed';
            r.resultsError = line.slice(GUEST_MARK.resultsFailed.length).trim();
        }
    };
    const plan = (0,contain/* planContainment */.eT)();
    if ('problem' in plan)
        return { ...r, qemuStderr: plan.problem };
    const job = (0,contain/* spawnContained */.zB)([binary, ...argv], { plan });
    job.stdout.on('data', (chunk) => {
        consoleSink.write(chunk);
        const lines = (partial + chunk.toString('utf8')).split(/\r?\n/);
        partial = lines.pop().slice(-4096);
        lines.forEach(onLine);
    });
    job.stderr.on('data', (chunk) => {
        consoleSink.write(chunk);
        r.qemuStderr = (r.qemuStderr + chunk.toString('utf8')).slice(-1000);
    });
    const { exit, timedOut, containment } = await (0,contain/* superviseJob */.yg)(job, { timeoutMs, graceMs });
    onLine(partial);
    if (exit.failed)
        r.qemuStderr = `cannot start ${binary}: ${exit.failed.code}`;
    r.qemuStderr = r.qemuStderr.trim().split('\n').filter((l) => !l.includes('terminating on signal')).slice(-3).join(' | ');
    return { ...r, timedOut, qemuExit: exit.code, signal: exit.signal, containment };
}

;// CONCATENATED MODULE: ./src/execute/registry.ts



/**
 * Every executor, by kind: the one place that knows them all. Adding one: a kind in
 * EXECUTOR_KINDS (placement.ts), a file exporting its Executor, and its entry here (the type
 * refuses a kind without one). The order is the order local sites are probed and listed in.
 */
const EXECUTORS = {
    qemu: qemuExecutor,
    process: execute_process/* processExecutor */.P,
};
function executorFor(kind) {
    const executor = EXECUTORS[kind];
    if (!executor)
        throw new errors/* CapsuleError */.Mu('executor_unavailable', `no ${kind} executor is built into this capsule`);
    return executor;
}
/** Every registered executor, in probe order. */
function executors() {
    return Object.values(EXECUTORS);
}


/***/ }),

/***/ 1370:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   X: () => (/* binding */ runResult)
/* harmony export */ });
/** Stamps the finish time and fills the fields every executor reports alike. */
function runResult(executor, req, startedAt, outcome) {
    const finishedAt = new Date();
    return {
        executor,
        status: outcome.pass ? 'pass' : 'fail',
        exitCode: outcome.exitCode,
        signal: outcome.signal,
        timedOut: outcome.timedOut,
        startedAt: startedAt.toISOString(),
        finishedAt: finishedAt.toISOString(),
        durationSeconds: (finishedAt.getTime() - startedAt.getTime()) / 1000,
        argv: req.argv,
        cwd: req.cwd,
        logs: outcome.logs,
        diagnostics: outcome.diagnostics,
        details: outcome.details,
    };
}


/***/ }),

/***/ 4642:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  placeBundle: () => (/* binding */ placeBundle)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/execute/registry.ts + 11 modules
var registry = __webpack_require__(4516);
// EXTERNAL MODULE: ./src/schemas/registry.ts
var schemas_registry = __webpack_require__(3545);
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
        (0,schemas_registry/* assertValid */.pP)('inventory', doc.value, file, doc);
        preferred = value.default;
        candidates = value.executors.map((e) => ({
            name: e.name,
            executor: e.executor,
            capabilities: { os: e.os, arch: e.arch, kvm: e.kvm, qemu: e.qemu ?? null, kernels: e.kernels ?? [], labels: e.labels ?? [] },
        }));
    }
    else {
        (0,schemas_registry/* assertValid */.pP)('agentplane-fleet-inventory', doc.value, file, doc);
        preferred = value.defaultExecutor;
        candidates = value.executors.flatMap(agentplaneCandidates);
    }
    const rank = (c) => (c.name === preferred ? 0 : 1);
    return { candidates: [...candidates].sort((a, b) => rank(a) - rank(b)), path: file, sha256: (0,sha256/* sha256Hex */.fg)(bytes) };
}

;// CONCATENATED MODULE: ./src/place/place.ts





/** The local machine's sites: each executor probes its own, told what the bundle asks for. */
async function localCandidates(intent) {
    return (await Promise.all((0,registry/* executors */.B)().map((e) => e.probe(intent)))).flat();
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
    const candidates = inventory ? inventory.candidates : await localCandidates(intent);
    const ref = spec.executor.ref;
    if (ref !== undefined && !candidates.some((c) => c.name === ref)) {
        throw new errors/* CapsuleError */.Mu('placement_impossible', `${vb.path}: executor.ref ${JSON.stringify(ref)} names no executor in ${inventory ? inventory.path : 'the probed local machine'} (have: ${candidates.map((c) => c.name).join(', ')})`, { file: vb.path, pointer: '/spec/executor/ref' });
    }
    const bundleKernel = spec.executor.vm?.kernel ? (0,external_node_path_.resolve)(vb.dir, spec.executor.vm.kernel) : undefined;
    const kernelFor = (c) => (bundleKernel !== undefined ? ((0,external_node_fs_.existsSync)(bundleKernel) ? bundleKernel : null) : (c.capabilities.kernels[0] ?? null));
    const fits = (c) => (0,registry/* executorFor */.l)(c.executor).fits(c, { intent, kernel: kernelFor(c) });
    const verdicts = candidates.map((c) => ({ c, why: ref !== undefined && c.name !== ref ? `bundle executor.ref names ${ref}` : fits(c) }));
    // Among fitting sites, each executor ranks its own (inventory order within a rank).
    const score = (c) => (0,registry/* executorFor */.l)(c.executor).rank(c);
    const fitting = verdicts.filter((v) => v.why === null).sort((a, b) => score(a.c) - score(b.c));
    const chosen = fitting[0]?.c;
    const rejected = verdicts.filter((v) => v.c !== chosen).map((v) => ({ candidate: `${v.c.name} (${v.c.executor})`, reason: v.why ?? `fits, but ${chosen.name} (${chosen.executor}) ranks first` }));
    const source = inventory ? { source: 'file', path: inventory.path, sha256: inventory.sha256 } : { source: 'probe' };
    if (!chosen) {
        throw new errors/* CapsuleError */.Mu('placement_impossible', `${vb.path}: no executor can serve backendIntent ${intent}:\n${rejected.map((r) => `  ${r.candidate}: ${r.reason}`).join('\n')}`, { file: vb.path, pointer: '/spec/executor' }, { rejected, intent });
    }
    const initrd = spec.executor.vm?.initrd ? (0,external_node_path_.resolve)(vb.dir, spec.executor.vm.initrd) : undefined;
    const site = (0,registry/* executorFor */.l)(chosen.executor).place(chosen, { intent, kernel: kernelFor(chosen), initrd, probed: !inventory });
    const placement = {
        site: chosen.name, executor: chosen.executor, intent, accel: site.accel, rejected, warnings: site.warnings,
        inventory: source, decidedAt: options.now ?? new Date().toISOString(),
    };
    if (site.qemu)
        placement.qemu = site.qemu;
    return placement;
}


/***/ })

};
