export {
  type JobHandler,
  type JobInfo,
  type JobLogger,
  JobQueue,
  type JobQueueOptions,
  type Queryable,
  type QueuePolicy,
} from './job-queue';
export { type JobTracker, trackJobs } from './job-tracker';
export { type RunningJobs, startJobQueue } from './start-job-queue';
