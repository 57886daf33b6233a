import { SetMetadata } from '@nestjs/common';
import type { JobName } from './job-names.js';

export const JOB_HANDLER = Symbol('JOB_HANDLER');

/** Marks a provider method as the handler of one job; the worker finds it by discovery. */
export const JobHandler = (name: JobName) => SetMetadata(JOB_HANDLER, name);
