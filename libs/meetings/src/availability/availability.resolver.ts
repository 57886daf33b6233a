import { Args, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentViewer, FieldProblems, type Viewer } from '@app/common';
import { Clock } from '../clock.js';
import { AvailabilityType, WeeklyRangeInput } from '../dto/availability.types.js';
import { TimeRangeInput, TimeRangeType } from '../dto/time-range.types.js';
import { MEETING_FIELD_MESSAGES as M } from '../meetings.messages.js';
import { AvailabilityService } from './availability.service.js';

const MAX_UPCOMING_DAYS = 62;

@Resolver(() => AvailabilityType)
export class AvailabilityResolver {
  constructor(
    private readonly availability: AvailabilityService,
    private readonly clock: Clock,
  ) {}

  @Mutation(() => [TimeRangeType], {
    description:
      'Sets when one can meet: dated `slots` (replaced), and `weekly` ranges (replaced when given, kept when omitted) ' +
      'read in `timeZone` (default: the current setting, else one’s profile zone). Nothing set means available at ' +
      'any time. Returns the dated ranges, merged and sorted.',
  })
  setAvailability(
    @CurrentViewer() viewer: Viewer,
    @Args('slots', { type: () => [TimeRangeInput] }) slots: TimeRangeInput[],
    @Args('timeZone', { type: () => String, nullable: true }) timeZone?: string,
    @Args('weekly', { type: () => [WeeklyRangeInput], nullable: true }) weekly?: WeeklyRangeInput[],
  ) {
    return this.availability.set(viewer, slots, weekly, timeZone);
  }

  @Query(() => AvailabilityType)
  myAvailability(@CurrentViewer() viewer: Viewer) {
    return this.availability.get(viewer.userId);
  }

  @ResolveField(() => [TimeRangeType], {
    description:
      'Weekly and dated ranges laid out over the next `days` days (at most 62); empty when nothing is set.',
  })
  upcoming(
    @Parent() availability: AvailabilityType,
    @Args('days', { type: () => Int, defaultValue: 14 }) days: number,
  ) {
    if (!Number.isInteger(days) || days < 1 || days > MAX_UPCOMING_DAYS) {
      new FieldProblems().add('days', M.daysOutOfRange, { max: MAX_UPCOMING_DAYS }).throwIfAny();
    }
    const from = this.clock.now();
    return this.availability.upcoming(
      availability.userId,
      from,
      new Date(from.getTime() + days * 24 * 3600 * 1000),
    );
  }
}
