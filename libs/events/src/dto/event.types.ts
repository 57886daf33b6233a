import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { ProvinceEnum, type Province } from '@app/companies';

@ObjectType({ description: 'A sales tax line of a price, rounded on its own.' })
export class TaxLineType {
  @Field({ description: 'GST, QST or HST.' })
  code: string;

  @Field({ description: 'TPS/TVQ/TVH or GST/QST/HST, in the request’s language.' })
  label: string;

  @Field(() => Float, { description: 'Percent, e.g. 9.975.' })
  ratePercent: number;

  @Field(() => Int)
  amountCents: number;
}

@ObjectType('Price', { description: 'A price in integer cents, before tax, with its taxes.' })
export class PriceType {
  @Field(() => Int, { description: 'Before tax.' })
  amountCents: number;

  @Field()
  currency: string;

  @Field(() => Int, { description: 'The sum of the tax lines.' })
  taxCents: number;

  @Field({ description: 'MEMBER, PARTNER_MEMBER or NON_MEMBER.' })
  tier: string;

  @Field({ description: 'The tier in the request’s language.' })
  tierLabel: string;

  @Field(() => Int)
  totalCents: number;

  @Field(() => ProvinceEnum, { description: 'The province whose taxes apply.' })
  taxProvince: Province;

  @Field(() => [TaxLineType])
  taxes: TaxLineType[];
}

@ObjectType({ description: 'The three prices of an event, before tax, in cents.' })
export class EventPrices {
  @Field(() => Int) memberPriceCents: number;
  @Field(() => Int) partnerMemberPriceCents: number;
  @Field(() => Int) nonMemberPriceCents: number;
  @Field() currency: string;
}

@ObjectType('PartneringBreak')
export class PartneringBreakType {
  @Field() start: string;
  @Field() end: string;
}

@ObjectType('PartneringDay', {
  description: 'A day of partnering meetings, local times in the event’s zone.',
})
export class PartneringDayType {
  @Field() date: string;
  @Field() start: string;
  @Field() end: string;
  @Field(() => [PartneringBreakType]) breaks: PartneringBreakType[];
}

@ObjectType({ description: 'A meeting slot of the partnering session.' })
export class EventSlot {
  @Field({ description: 'YYYY-MM-DDTHH:MM, the local start.' })
  id: string;

  @Field(() => Date)
  start: Date;

  @Field(() => Date)
  end: Date;
}

@ObjectType()
export class PartneringSession {
  @Field(() => Int) slotMinutes: number;
  @Field(() => Int) tables: number;
  @Field(() => [PartneringDayType]) days: PartneringDayType[];
  @Field(() => [EventSlot]) slots: EventSlot[];
}

/** A joint event; localized and per-viewer fields are resolved in EventsResolver. */
@ObjectType('Event')
export class EventType {
  @Field(() => ID) id: string;
  @Field() titleFr: string;
  @Field() titleEn: string;
  @Field(() => String, { nullable: true }) descriptionFr: string | null;
  @Field(() => String, { nullable: true }) descriptionEn: string | null;
  @Field(() => Date) startsAt: Date;
  @Field(() => Date) endsAt: Date;
  @Field() timeZone: string;
  @Field(() => String, { nullable: true }) venue: string | null;

  @Field(() => ProvinceEnum, { nullable: true, description: 'None for an online event.' })
  province: Province | null;

  @Field(() => [String], { description: 'BIOQUEBEC and/or LSO.' })
  organizers: string[];

  @Field(() => Int, { nullable: true, description: 'Confirmed places; none for no limit.' })
  capacity: number | null;

  @Field(() => Int, { description: 'Confirmed registrations.' })
  registeredCount: number;

  @Field(() => Date, { nullable: true }) registrationOpensAt: Date | null;
  @Field(() => Date, { nullable: true }) registrationClosesAt: Date | null;
}
