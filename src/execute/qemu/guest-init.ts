import { CapsuleError } from '../../errors.js';
import { isShellName, shQuote } from '../../text/shell.js';

/** Lines the guest init prints on the serial console; the host reads them back. */
export const GUEST_MARK = {
  started: 'capsule-guest: job started',
  exitCode: 'capsule-guest: exit-code=',
  resultsFailed: 'capsule-guest: results-write-failed',
  resultsWritten: 'capsule-guest: results-written',
} as const;

/** Where things live inside the guest (all in the initramfs's tmpfs root). */
export const GUEST_PATHS = { workspace: '/workspace', results: '/capsule', job: '/capsule-job.sh', resultsDisk: '/dev/vda' } as const;

export interface GuestInitOptions {
  /** Module files (relative to lib/modules/<release>/) in load order. */
  modules: string[];
  /** Run the job in the host's root (9p tag `hostroot`, read-only) under a tmpfs overlay. */
  hostUserland: boolean;
  network: boolean;
}

/**
 * /init: mount the basics, load the virtio modules, run the job with stdout/stderr and exit
 * code in /capsule, write /capsule then /workspace as a tar onto the results disk (logs
 * first, so a disk that fills up still returns them), report on the console, power off.
 */
export function guestInitScript(o: GuestInitOptions): string {
  const bb = '/bin/busybox';
  const lines = [
    `#!${bb} sh`,
    `${bb} --install -s /bin`,
    'export PATH=/bin',
    'mkdir -p /proc /sys /dev /tmp /capsule',
    'mount -t proc proc /proc; mount -t sysfs sysfs /sys; mount -t devtmpfs devtmpfs /dev; mount -t tmpfs tmpfs /tmp',
    ...o.modules.map((m) => `insmod ${shQuote(`/lib/modules/${m}`)} || echo "capsule-guest: insmod ${m} failed" > /dev/console`),
  ];
  if (o.network) {
    // QEMU user networking's fixed addresses (guest 10.0.2.15, gateway .2, DNS .3).
    lines.push('ip link set lo up; ip link set eth0 up; ip addr add 10.0.2.15/24 dev eth0; ip route add default via 10.0.2.2', 'mkdir -p /etc; echo nameserver 10.0.2.3 > /etc/resolv.conf');
  }
  const run = `env -i ${bb} sh ${GUEST_PATHS.job} > /capsule/stdout 2> /capsule/stderr < /dev/null`;
  if (o.hostUserland) {
    lines.push(
      'mkdir -p /host /rw /newroot',
      'mount -t 9p -o trans=virtio,version=9p2000.L,ro,msize=262144 hostroot /host',
      'mount -t tmpfs tmpfs /rw && mkdir -p /rw/upper /rw/work',
      'mount -t overlay overlay -o lowerdir=/host,upperdir=/rw/upper,workdir=/rw/work /newroot',
      `mkdir -p /newroot${GUEST_PATHS.workspace} /newroot/.capsule /newroot/proc /newroot/sys /newroot/dev /newroot/tmp`,
      `mount --bind ${GUEST_PATHS.workspace} /newroot${GUEST_PATHS.workspace}`,
      'mount -t proc proc /newroot/proc; mount -t sysfs sysfs /newroot/sys; mount -t devtmpfs devtmpfs /newroot/dev; mount -t tmpfs tmpfs /newroot/tmp',
      `cp ${bb} /newroot/.capsule/busybox; cp ${GUEST_PATHS.job} /newroot/.capsule/job.sh`,
      `echo "${GUEST_MARK.started}" > /dev/console`,
      `chroot /newroot /.capsule/busybox env -i /.capsule/busybox sh /.capsule/job.sh > /capsule/stdout 2> /capsule/stderr < /dev/null`,
    );
  } else {
    lines.push(`echo "${GUEST_MARK.started}" > /dev/console`, run);
  }
  lines.push(
    'code=$?',
    'echo "$code" > /capsule/exit_code',
    `echo "${GUEST_MARK.exitCode}$code" > /dev/console`,
    'sync',
    `if cd / && tar -cf ${GUEST_PATHS.resultsDisk} capsule workspace 2> /tmp/tar.err; then echo "${GUEST_MARK.resultsWritten}" > /dev/console; else echo "${GUEST_MARK.resultsFailed} $(cat /tmp/tar.err | head -c 300)" > /dev/console; fi`,
    'sync',
    'poweroff -f',
  );
  return lines.join('\n') + '\n';
}

/**
 * The job: clean environment, cwd inside the workspace, argv exec'd (no word splitting: every
 * word quoted by shQuote, the only way a value reaches the guest shell, so it is never parsed).
 */
export function guestJobScript(argv: string[], cwd: string, env: Record<string, string>): string {
  if (argv.length === 0) throw new CapsuleError('qemu_empty_argv', 'empty argv: nothing to run in the VM');
  const lines = ['set -e'];
  for (const [name, value] of Object.entries(env).sort(([a], [b]) => (a < b ? -1 : 1))) {
    if (!isShellName(name)) throw new CapsuleError('qemu_bad_env_name', `environment variable name ${JSON.stringify(name)} cannot be passed to the VM`);
    lines.push(`export ${name}=${shQuote(value)}`);
  }
  lines.push(`cd ${shQuote(`${GUEST_PATHS.workspace}/${cwd}`)}`, 'set +e', `exec ${argv.map(shQuote).join(' ')}`);
  return lines.join('\n') + '\n';
}
