import { Field, InputType, ObjectType } from '@nestjs/graphql';

@ObjectType('TimeRange', { description: 'From `start` (included) to `end` (excluded).' })
export class TimeRangeType {
  @Field()
  start: Date;

  @Field()
  end: Date;
}

@InputType('TimeRangeInput', { description: 'Instants with their offset, e.g. 2026-12-03T10:00:00-05:00.' })
export class TimeRangeInput {
  @Field()
  start: Date;

  @Field()
  end: Date;
}
