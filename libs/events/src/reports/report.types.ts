import { Field, Int, ObjectType } from '@nestjs/graphql';
import { CompanyType, Label, ProvinceEnum, type Province } from '@app/companies';
import { EventType } from '../dto/event.types.js';

@ObjectType({ description: 'One line of the partnership report.' })
export class PartnershipReportRow {
  @Field({ description: 'YYYY-MM for a monthly line; the event’s start month for an event line.' })
  period: string;

  @Field(() => EventType, { nullable: true, description: 'The event of an event line.' })
  event: EventType | null;

  @Field(() => ProvinceEnum, { nullable: true, description: 'Of the company counted; none on a total line.' })
  province: Province | null;

  @Field(() => Label, {
    nullable: true,
    description: 'A sector of the company counted; none on a total line.',
  })
  sector: Label | null;

  @Field(() => Int, { description: 'Cross-border suggestions shown in members’ feeds.' })
  suggestionsShown: number;
  @Field(() => Int, { description: 'Meeting requests sent.' }) requests: number;
  @Field(() => Int) crossBorderRequests: number;
  @Field(() => Int, { description: 'Meetings held (scheduled and over).' }) meetingsHeld: number;
  @Field(() => Int) crossBorderMeetingsHeld: number;
  @Field(() => Int, { description: 'Companies that planned a follow-up after a meeting.' }) followUps: number;
  @Field(() => Int, { description: 'Companies that discussed a partnership in a meeting.' })
  partnershipsDiscussed: number;
  @Field(() => Int, { description: 'Meetings a company reported the other side did not come to.' })
  noShows: number;
}

@ObjectType({ description: 'What BIOQuébec and LSO report to their members on the partnership.' })
export class PartnershipReport {
  @Field() from: string;
  @Field() to: string;
  @Field(() => [PartnershipReportRow], {
    description: 'Per month: a total line, then a line per province and sector.',
  })
  byMonth: PartnershipReportRow[];
  @Field(() => [PartnershipReportRow], {
    description: 'Per event: a total line, then a line per province and sector.',
  })
  byEvent: PartnershipReportRow[];
  @Field(() => [PartnershipReportRow], {
    description:
      'Per month, a line per province with each company counted once (byMonth counts a company in each of its sectors).',
  })
  byProvince: PartnershipReportRow[];
}

@ObjectType({ description: 'A company’s meeting demand at an event.' })
export class CompanyDemand {
  @Field(() => CompanyType) company: CompanyType;
  @Field(() => Int) requestsSent: number;
  @Field(() => Int) requestsReceived: number;
  @Field(() => Int, { description: 'Requests sent or received that were accepted.' }) accepted: number;
  @Field(() => Int, { description: 'Received requests still waiting for the company’s answer.' })
  unanswered: number;
  @Field(() => Int, { description: 'Sent requests still waiting for the other side.' }) awaitingReply: number;
  @Field(() => Int, { description: 'Scheduled meetings at the event.' }) meetings: number;
  @Field(() => Int) crossBorderMeetings: number;
  @Field({ description: 'Confirmed attendee (else only named in a request).' }) attending: boolean;
}

@ObjectType({ description: 'Staff’s view of meeting demand at an event.' })
export class EventDemand {
  @Field(() => [CompanyDemand], {
    description: 'Attending companies and any company named in a request, by name.',
  })
  companies: CompanyDemand[];

  @Field(() => [CompanyType], {
    description: 'Attending companies with no meeting yet: the ones staff can help.',
  })
  companiesWithoutMeeting: CompanyType[];

  @Field(() => Int) requests: number;
  @Field(() => Int) pendingRequests: number;
  @Field(() => Int) acceptedWithoutMeeting: number;
  @Field(() => Int) meetings: number;
  @Field(() => Int) crossBorderMeetings: number;
}
