export {
  type JobHandler,
  type JobLogger,
  JobQueue,
  type JobQueueOptions,
  type Queryable,
  type QueuePolicy,
} from './job-queue';
