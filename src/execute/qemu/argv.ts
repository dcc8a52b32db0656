import { CapsuleError } from '../../errors.js';

/** Everything one QEMU launch needs; buildQemuArgv is the only place that turns it into arguments. */
export interface QemuLaunch {
  kernel: string;
  initrd: string;
  machine: 'microvm' | 'pc';
  accel: 'kvm' | 'tcg';
  memMiB: number;
  vcpu: number;
  /** Extra kernel parameters, each `name` or `name=value`. */
  kernelParams: string[];
  /** Raw disks, in order: the guest sees /dev/vda, /dev/vdb, ... */
  disks: { id: string; path: string; readonly: boolean }[];
  /** Host folders over virtio 9p, mounted by tag. */
  shares: { tag: string; path: string; readonly: boolean }[];
  network: boolean;
}

const CONTROL = /[\u0000-\u001f\u007f]/;
const ID = /^[A-Za-z][A-Za-z0-9_]{0,30}$/;
// A kernel parameter is one word of the command line: no spaces or quotes that would start another.
const KERNEL_PARAM = /^[A-Za-z0-9_.-]+(=[A-Za-z0-9_.,:/+@-]*)?$/;

function unsafe(what: string, value: string, why: string): CapsuleError {
  return new CapsuleError('qemu_unsafe_argument', `QEMU ${what} ${JSON.stringify(value)} is refused: ${why}`, {}, { what, value });
}

/** A path for a QEMU option list (`-drive file=...`): no control characters; commas doubled, which QEMU reads as one literal comma. */
export function optionValue(what: string, value: string): string {
  if (value.length === 0) throw unsafe(what, value, 'empty');
  if (CONTROL.test(value)) throw unsafe(what, value, 'it contains a control character (newline, NUL, ...)');
  return value.replace(/,/g, ',,');
}

/** A path given as a whole argument (`-kernel PATH`): QEMU takes it literally, so only control characters are refused. */
function wholeValue(what: string, value: string): string {
  if (value.length === 0) throw unsafe(what, value, 'empty');
  if (CONTROL.test(value)) throw unsafe(what, value, 'it contains a control character (newline, NUL, ...)');
  return value;
}

function identifier(what: string, value: string): string {
  if (!ID.test(value)) throw unsafe(what, value, 'identifiers are a letter then up to 30 letters, digits or _');
  return value;
}

function kernelParam(value: string): string {
  if (!KERNEL_PARAM.test(value)) throw unsafe('kernel parameter', value, 'a parameter is name or name=value without spaces, quotes or control characters');
  return value;
}

function count(what: string, value: number, min: number, max: number): string {
  if (!Number.isInteger(value) || value < min || value > max) throw unsafe(what, String(value), `must be an integer from ${min} to ${max}`);
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
export function buildQemuArgv(launch: QemuLaunch): string[] {
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
  if (launch.network) argv.push('-netdev', 'user,id=net0', '-device', `virtio-net-${bus},netdev=net0`);
  else argv.push('-nic', 'none');
  return argv;
}
