import { constants } from 'node:os';

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
export const REAPER_SCRIPT = String.raw`
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

/** What the reaper said about the job. */
export type ReaperReport =
  | { kind: 'started'; pid: number }
  | { kind: 'exited'; code: number | null; signal: NodeJS.Signals | null }
  | { kind: 'error'; step: string; errno: string };

const SIGNAL_NAMES = new Map(Object.entries(constants.signals).map(([name, n]) => [n, name as NodeJS.Signals]));
const ERRNO_NAMES = new Map(Object.entries(constants.errno).map(([name, n]) => [n, name]));

/** One line from fd 3, or null for anything else (the reaper only writes these three). */
export function parseReaperLine(line: string): ReaperReport | null {
  const [word, a, b] = line.trim().split(' ');
  if (word === 'started' && /^\d+$/.test(a ?? '')) return { kind: 'started', pid: Number(a) };
  if (word === 'exited' && /^\d+$/.test(a ?? '')) {
    const status = Number(a);
    const sig = status & 0x7f;
    return sig === 0 ? { kind: 'exited', code: status >> 8, signal: null } : { kind: 'exited', code: null, signal: SIGNAL_NAMES.get(sig) ?? (`SIG${sig}` as NodeJS.Signals) };
  }
  if (word === 'error' && a && /^\d+$/.test(b ?? '')) return { kind: 'error', step: a, errno: ERRNO_NAMES.get(Number(b)) ?? `errno ${b}` };
  return null;
}
