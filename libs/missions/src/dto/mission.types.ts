import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { CompanyType, ProvinceEnum, type Province } from '@app/companies';
import { MeetingType } from '@app/meetings';
import type { MissionApplicationStatus, MissionRole } from '../application.entity.js';
import type { TradeMissionStatus } from '../mission.entity.js';

export const TradeMissionStatusEnum = {
  DRAFT: 'DRAFT',
  OPEN: 'OPEN',
  CLOSED: 'CLOSED',
  SCHEDULED: 'SCHEDULED',
  COMPLETED: 'COMPLETED',
  CANCELLED: 'CANCELLED',
} as const satisfies Record<TradeMissionStatus, TradeMissionStatus>;
registerEnumType(TradeMissionStatusEnum, { name: 'TradeMissionStatus' });

export const MissionRoleEnum = { DELEGATE: 'DELEGATE', HOST: 'HOST' } as const satisfies Record<
  MissionRole,
  MissionRole
>;
registerEnumType(MissionRoleEnum, {
  name: 'MissionRole',
  description: 'DELEGATE: travels to the host province; HOST: receives delegates there.',
});

export const MissionApplicationStatusEnum = {
  SUBMITTED: 'SUBMITTED',
  SELECTED: 'SELECTED',
  WAITLISTED: 'WAITLISTED',
  DECLINED: 'DECLINED',
  WITHDRAWN: 'WITHDRAWN',
} as const satisfies Record<MissionApplicationStatus, MissionApplicationStatus>;
registerEnumType(MissionApplicationStatusEnum, { name: 'MissionApplicationStatus' });

/** A trade mission; localized and per-viewer fields are resolved in TradeMissionResolver. */
@ObjectType('TradeMission')
export class TradeMissionType {
  @Field(() => ID) id: string;
  @Field({ description: 'BIOQUEBEC or LSO.' }) organizer: string;
  @Field(() => ProvinceEnum, {
    description: 'Where the mission goes; delegates come from the other province.',
  })
  hostProvince: Province;
  @Field() city: string;
  @Field(() => Date) startsAt: Date;
  @Field(() => Date) endsAt: Date;
  @Field({ description: 'IANA zone of the host city.' }) timeZone: string;
  @Field(() => Date) applicationDeadline: Date;
  @Field(() => Int) delegationSize: number;
  @Field(() => Int) meetingMinutes: number;
  @Field(() => Int) meetingsPerDelegate: number;
  @Field() dailyStart: string;
  @Field() dailyEnd: string;
  @Field(() => TradeMissionStatusEnum) status: TradeMissionStatus;
}

@ObjectType({ description: 'A company on the other side of a mission among an applicant’s best matches.' })
export class MissionMatch {
  @Field(() => CompanyType) company: CompanyType;
  @Field(() => Float) score: number;
  @Field(() => [String], { description: 'In the request’s language.' }) reasons: string[];
}

@ObjectType('MissionApplication')
export class MissionApplicationType {
  @Field(() => ID) id: string;
  @Field(() => MissionRoleEnum) role: MissionRole;
  @Field({ description: 'What the company wants from this market, in its own words.' }) objectives: string;
  @Field(() => MissionApplicationStatusEnum) status: MissionApplicationStatus;
  @Field(() => Date, {
    nullable: true,
    description: 'When staff recorded the delegate fee as paid.',
  })
  feePaidAt: Date | null;
  @Field(() => Date) createdAt: Date;
}

@ObjectType('MissionPreferences')
export class MissionPreferencesType {
  @Field(() => [CompanyType]) mustMeet: CompanyType[];
  @Field(() => [CompanyType]) avoid: CompanyType[];
  @Field(() => [CompanyType], {
    description: 'The selected companies of the other side the company may name; none until it is selected.',
  })
  choices: CompanyType[];
}

@ObjectType({ description: 'A pair of the arrangement, with its slot (dry run or published).' })
export class MissionPairing {
  @Field(() => CompanyType) delegate: CompanyType;
  @Field(() => CompanyType) host: CompanyType;
  @Field(() => Date) start: Date;
  @Field(() => Date) end: Date;
  @Field(() => Float, { description: 'Mutual fit 0..1 by the matching engine.' }) fit: number;
  @Field({ description: 'Asked for by either company.' }) mustMeet: boolean;
  @Field({ description: 'Published earlier and kept where it was.' }) kept: boolean;
}

@ObjectType('MissionArrangement')
export class MissionArrangementType {
  @Field(() => Int, { description: 'Meetings in the arrangement.' }) placed: number;
  @Field(() => [MeetingType], { description: 'A dry run shows them without creating them.' })
  meetings: MeetingType[];
  @Field(() => [MissionPairing], { description: 'Every meeting with its companies and fit.' })
  pairings: MissionPairing[];
  @Field(() => [CompanyType], {
    description: 'Selected delegates with fewer than meetingsPerDelegate meetings.',
  })
  delegatesBelowTarget: CompanyType[];
  @Field(() => Int) unplacedMustMeets: number;
  @Field(() => [String], { description: 'In the request’s language.' }) unplacedReasons: string[];
  @Field(() => Int, { description: 'Time the arrangement itself took.' }) millis: number;
  @Field(() => Float, { description: 'Sum of the fit of every meeting.' }) totalFit: number;
}
