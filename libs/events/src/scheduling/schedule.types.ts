import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { CompanyType } from '@app/companies';
import { MeetingRequestType, MeetingType } from '@app/meetings';
import { EventSlot } from '../dto/event.types.js';

@ObjectType({ description: 'An accepted request the scheduler could not place, and why.' })
export class UnplacedMeeting {
  @Field(() => MeetingRequestType)
  request: MeetingRequestType;

  @Field({
    description: 'NO_COMMON_SLOT, PARTICIPANT_FULL, NO_TABLE, CONFLICT or NO_THANKS (a company’s wish).',
  })
  reason: string;

  @Field({ description: 'The reason in the request’s language.' })
  message: string;
}

@ObjectType({ description: 'A meeting at a table in a slot of the grid.' })
export class SchedulePlacement {
  @Field(() => Int)
  table: number;

  @Field({ description: 'Published before this run and kept in its slot.' })
  fixed: boolean;

  @Field(() => MeetingRequestType, {
    nullable: true,
    description: 'The request it places (a new placement).',
  })
  request: MeetingRequestType | null;

  @Field(() => MeetingType, { nullable: true, description: 'The meeting, once published.' })
  meeting: MeetingType | null;

  @Field(() => [CompanyType])
  companies: CompanyType[];
}

@ObjectType({ description: 'One slot of the partnering grid: which table holds which meeting.' })
export class ScheduleGridSlot {
  @Field(() => EventSlot)
  slot: EventSlot;

  @Field(() => Int)
  tablesUsed: number;

  @Field(() => Int)
  tablesFree: number;

  @Field(() => [SchedulePlacement], { description: 'By table number.' })
  placements: SchedulePlacement[];
}

/**
 * A run of the partnering-meeting scheduler on an event. `placed` counts the meetings this run
 * placed (new ones), `kept` the published meetings it kept in their slots; `meetings` are the
 * event's meetings on the grid after the run (on a dry run, only those already published).
 */
@ObjectType('ScheduleResult')
export class ScheduleResultType {
  @Field(() => ID)
  runId: string;

  @Field({
    description:
      'QUEUED or RUNNING while the worker is on it (read it again with scheduleRun), then DONE or FAILED.',
  })
  status: string;

  @Field({ description: 'Whether this run publishes its result.' })
  publish: boolean;

  @Field(() => Int)
  placed: number;

  @Field(() => Int)
  kept: number;

  @Field(() => Int)
  unplaced: number;

  @Field(() => Int, { description: 'Proven: no schedule leaves fewer of these requests unplaced.' })
  lowerBoundUnplaced: number;

  @Field(() => Int, { description: 'Time the scheduler itself took.' })
  millis: number;

  @Field(() => Int)
  tables: number;

  @Field(() => Date)
  createdAt: Date;

  @Field(() => Date, { nullable: true })
  finishedAt: Date | null;
}
