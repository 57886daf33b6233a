import { Field, InputType, Int } from '@nestjs/graphql';
import { ProvinceEnum, type Province } from '@app/companies';

@InputType()
export class TradeMissionInput {
  @Field() titleFr: string;
  @Field() titleEn: string;
  @Field({ nullable: true }) descriptionFr?: string;
  @Field({ nullable: true }) descriptionEn?: string;
  @Field(() => ProvinceEnum, {
    description: 'Where the mission goes; delegates come from the other province.',
  })
  hostProvince: Province;
  @Field() city: string;
  @Field(() => Date) startsAt: Date;
  @Field(() => Date) endsAt: Date;
  @Field({ description: 'IANA zone of the host city.' }) timeZone: string;
  @Field(() => Date) applicationDeadline: Date;
  @Field(() => Int, { description: 'How many delegate companies staff will select.' }) delegationSize: number;
  @Field(() => Int, { nullable: true, defaultValue: 30 }) meetingMinutes?: number;
  @Field(() => Int, {
    nullable: true,
    defaultValue: 6,
    description: 'What the arrangement aims to give each delegate.',
  })
  meetingsPerDelegate?: number;
  @Field({ nullable: true, defaultValue: '09:00', description: 'Local start of meetings, each mission day.' })
  dailyStart?: string;
  @Field({ nullable: true, defaultValue: '17:00' }) dailyEnd?: string;
  @Field(() => [String], { nullable: true, description: 'Sector codes; none: any sector.' })
  sectors?: string[];
  @Field({
    nullable: true,
    description: 'BIOQUEBEC or LSO: staff’s own by default; an administrator names it.',
  })
  organizer?: string;
  @Field(() => Int, { description: 'Before tax: member of the organizing association.' })
  memberFeeCents: number;
  @Field(() => Int, { description: 'Before tax: member of the partner association.' })
  partnerMemberFeeCents: number;
  @Field(() => Int, { description: 'Before tax: non-member.' }) nonMemberFeeCents: number;
}
