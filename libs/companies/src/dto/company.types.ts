import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ConnectionType, DateScalar } from '@app/common';
import { LocaleEnum } from '@app/auth';
import type { Province } from '../company.entity.js';

export const ProvinceEnum = { QC: 'QC', ON: 'ON' } as const satisfies Record<Province, Province>;
registerEnumType(ProvinceEnum, { name: 'Province' });

@ObjectType({ description: 'A taxonomy code and its label in the request’s language.' })
export class Label {
  @Field()
  code: string;

  @Field()
  label: string;
}

@ObjectType()
export class Membership {
  @Field()
  association: string;

  @Field(() => DateScalar, { nullable: true })
  memberSince: string | null;

  @Field(() => DateScalar, { nullable: true })
  expiresOn: string | null;

  @Field({
    description: 'True when the membership counts today, Eastern time: from memberSince through expiresOn.',
  })
  active: boolean;
}

/**
 * A company profile. Label fields, descriptions and memberships are resolved per request (see
 * CompanyResolver) so they come in the caller's language.
 */
@ObjectType('Company')
export class CompanyType {
  @Field(() => ID)
  id: string;

  @Field(() => String, { nullable: true })
  externalId: string | null;

  @Field()
  name: string;

  @Field(() => ProvinceEnum)
  province: Province;

  @Field(() => String, { nullable: true })
  city: string | null;

  @Field(() => String, { nullable: true })
  website: string | null;

  @Field(() => [LocaleEnum])
  languages: ('fr' | 'en')[];

  @Field()
  matchmakingOptIn: boolean;

  @Field(() => Date, {
    nullable: true,
    description: 'When consent to matchmaking was given; null when withdrawn.',
  })
  matchmakingConsentAt: Date | null;
}

@ObjectType()
export class CompanyConnection extends ConnectionType(CompanyType, 'Company') {}
