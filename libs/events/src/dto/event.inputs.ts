import { Field, InputType, Int } from '@nestjs/graphql';
import { ProvinceEnum, type Province } from '@app/companies';

@InputType()
export class PartneringBreakInput {
  @Field({ description: 'Local time HH:MM in the event’s time zone.' })
  start: string;

  @Field()
  end: string;
}

@InputType({ description: 'One day of partnering meetings, in the event’s time zone.' })
export class PartneringDayInput {
  @Field({ description: 'YYYY-MM-DD, a day of the event.' })
  date: string;

  @Field({ description: 'HH:MM, when the first slot starts.' })
  start: string;

  @Field({ description: 'HH:MM, when the last slot must have ended.' })
  end: string;

  @Field(() => [PartneringBreakInput], { nullable: true, defaultValue: [] })
  breaks?: PartneringBreakInput[];
}

@InputType()
export class EventInput {
  @Field() titleFr: string;
  @Field() titleEn: string;
  @Field({ nullable: true }) descriptionFr?: string;
  @Field({ nullable: true }) descriptionEn?: string;
  @Field(() => Date) startsAt: Date;
  @Field(() => Date) endsAt: Date;
  @Field({ description: 'IANA time zone of the event, e.g. America/Montreal.' }) timeZone: string;
  @Field({ nullable: true }) venue?: string;

  @Field(() => ProvinceEnum, { nullable: true, description: 'Where it is held; none for an online event.' })
  province?: Province;

  @Field(() => [String], { description: 'The organizing associations: BIOQUEBEC, LSO or both.' })
  organizers: string[];

  @Field(() => Int, { nullable: true, description: 'Confirmed places; none for no limit.' })
  capacity?: number;

  @Field(() => Int, {
    description: 'Price for members of an organizing association, in cents (CAD, before tax).',
  })
  memberPriceCents: number;

  @Field(() => Int, { description: 'The preferential price for members of the partner association.' })
  partnerMemberPriceCents: number;

  @Field(() => Int)
  nonMemberPriceCents: number;

  @Field(() => Int, { nullable: true, defaultValue: 30, description: 'Length of a partnering meeting.' })
  slotMinutes?: number;

  @Field(() => Int, {
    nullable: true,
    description: 'Meeting tables; none for an event without partnering meetings.',
  })
  tables?: number;

  @Field(() => Date, { nullable: true, description: 'When registration opens; now when left out.' })
  registrationOpensAt?: Date;

  @Field(() => Date, {
    nullable: true,
    description: 'When registration closes; the event’s start when left out.',
  })
  registrationClosesAt?: Date;

  @Field(() => [PartneringDayInput], {
    nullable: true,
    description: 'Partnering days; when left out with tables set, every day of the event during its hours.',
  })
  partneringDays?: PartneringDayInput[];
}
