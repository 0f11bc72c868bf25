import type { z } from 'zod';
import { allowedFrequencies, maxRecoveryPoints } from './limits';
import type { Plan } from './schema';

/** Cross-field rules of SPEC §4, each reported on the field the user must change. */
export function planRules(plan: Plan, ctx: z.RefinementCtx): void {
  const issue = (path: (string | number)[], message: string) => ctx.addIssue({ code: 'custom', path, message });
  const version = plan.replication.windowsServer;
  const versionLabel = version === '2012' ? 'Windows Server 2012' : `Windows Server ${version}`;
  const seen = new Map<string, number>();

  plan.vms.forEach((vm, i) => {
    const at = (...rest: (string | number)[]) => ['vms', i, ...rest];
    if (!allowedFrequencies(version).includes(vm.frequencySeconds)) {
      // [HEALTH2] the 2012 interval is fixed at 5 minutes.
      issue(at('frequencySeconds'), `${versionLabel} replicates every 300 s only`);
    }
    const maxPoints = maxRecoveryPoints(version);
    if (vm.recoveryPoints > maxPoints) {
      issue(at('recoveryPoints'), `${versionLabel} keeps at most ${maxPoints} additional recovery points`);
    }
    if (vm.appConsistentHours !== null && vm.recoveryPoints < 1) {
      // [PS2012] VSS frequency requires RecoveryHistory ≥ 1.
      issue(at('appConsistentHours'), 'App-consistent points need at least 1 additional recovery point');
    }
    if (vm.profile === 'custom' && vm.hourlyWeights === null) {
      issue(at('hourlyWeights'), 'A custom profile needs 24 hourly weights');
    }
    const previous = seen.get(vm.id);
    if (previous !== undefined) {
      issue(at('id'), `Duplicate VM id "${vm.id}" (also used by row ${previous + 1} of the VM table)`);
    } else {
      seen.set(vm.id, i);
    }
    vm.disks.forEach((disk, j) => {
      if (disk.usedGB > disk.sizeGB) {
        issue(at('disks', j, 'usedGB'), `Used size (${disk.usedGB} GB) cannot exceed the disk size (${disk.sizeGB} GB)`);
      }
    });
  });

  const variantIds = new Map<string, number>();
  plan.variants.forEach((variant, i) => {
    const previous = variantIds.get(variant.id);
    if (previous !== undefined) issue(['variants', i, 'id'], `Duplicate variant id "${variant.id}" (also used by variants[${previous}])`);
    else variantIds.set(variant.id, i);
  });

  if (plan.extended) {
    if (version === '2012') {
      issue(['extended'], 'Extended replication needs Windows Server 2012 R2 or later');
    }
    const slowest = plan.vms.reduce((worst, vm, i) => (vm.frequencySeconds > (plan.vms[worst]?.frequencySeconds ?? 0) ? i : worst), 0);
    const slowestVm = plan.vms[slowest];
    if (slowestVm && plan.extended.frequencySeconds < slowestVm.frequencySeconds) {
      // [EXTEND] the extended hop is at least as slow as the primary relationship.
      issue(
        ['extended', 'frequencySeconds'],
        `The extended hop must replicate no more often than every VM's primary hop: ${slowestVm.name} (row ${slowest + 1} of the VM table) replicates every ${slowestVm.frequencySeconds} s`,
      );
    }
  }
}
