import { Field, InputType, ObjectType, registerEnumType } from '@nestjs/graphql';
import { TimeRangeType } from './time-range.types.js';

/** ISO order: Monday is day 1. */
export const WEEKDAYS = [
  'MONDAY',
  'TUESDAY',
  'WEDNESDAY',
  'THURSDAY',
  'FRIDAY',
  'SATURDAY',
  'SUNDAY',
] as const;
export type Weekday = (typeof WEEKDAYS)[number];
export const WeekdayEnum = Object.fromEntries(WEEKDAYS.map((d) => [d, d])) as { [K in Weekday]: K };
registerEnumType(WeekdayEnum, { name: 'Weekday' });

@InputType('WeeklyRangeInput', {
  description: 'Every week on `day`, from `start` to `end` (HH:MM, wall clock of the time zone).',
})
export class WeeklyRangeInput {
  @Field(() => WeekdayEnum)
  day: Weekday;

  @Field({ description: 'HH:MM, e.g. 09:00.' })
  start: string;

  @Field({ description: 'HH:MM, after start; 24:00 for midnight.' })
  end: string;
}

@ObjectType('WeeklyRange')
export class WeeklyRangeType {
  @Field(() => WeekdayEnum)
  day: Weekday;

  @Field()
  start: string;

  @Field()
  end: string;
}

@ObjectType('Availability', {
  description: 'When a person can meet. Nothing set (no weekly nor dated range) means available at any time.',
})
export class AvailabilityType {
  @Field({ description: 'False when nothing is set: the person is then available at any time.' })
  isSet: boolean;

  @Field({ description: 'The IANA zone the weekly ranges are read in.' })
  timeZone: string;

  @Field(() => [WeeklyRangeType])
  weekly: WeeklyRangeType[];

  @Field(() => [TimeRangeType], { description: 'Dated ranges, merged and sorted.' })
  slots: TimeRangeType[];

  userId: string;
}
