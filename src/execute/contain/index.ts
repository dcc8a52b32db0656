// The one module that starts and stops processes this tool must be able to stop.
export { planContainment, CONTAINMENT_ENV, CONTAINMENT_KINDS, type ContainmentKind, type ContainmentPlan } from './plan.js';
export { spawnContained, type ContainedJob, type JobExit, type JobProcess } from './spawn.js';
export { superviseJob, RECORDED_PROCESSES, type ContainmentRecord, type Supervised } from './supervise.js';
