import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { LOCALES, type Locale } from '@app/common';
import { DIGEST_FREQUENCIES, ROLES, type DigestFrequency, type Role } from '../user.entity.js';

export const RoleEnum = Object.fromEntries(ROLES.map((r) => [r, r])) as { [K in Role]: K };
export const LocaleEnum = Object.fromEntries(LOCALES.map((l) => [l, l])) as { [K in Locale]: K };
registerEnumType(RoleEnum, { name: 'Role' });
registerEnumType(LocaleEnum, { name: 'Locale' });
export const DigestFrequencyEnum = Object.fromEntries(DIGEST_FREQUENCIES.map((d) => [d, d])) as {
  [K in DigestFrequency]: K;
};
registerEnumType(DigestFrequencyEnum, {
  name: 'DigestFrequency',
  description: 'WEEKLY: a digest email every Monday morning (local time); NONE: no digest.',
});

@ObjectType('User')
export class UserType {
  @Field(() => ID)
  id: string;

  @Field({ description: 'Shown to the person, their company, staff, and people they have met.' })
  email: string;

  @Field()
  name: string;

  @Field(() => RoleEnum)
  role: Role;

  @Field(() => LocaleEnum)
  locale: Locale;

  @Field()
  timeZone: string;

  @Field(() => DigestFrequencyEnum, { description: 'The weekly digest email; WEEKLY by default.' })
  digest: DigestFrequency;

  @Field(() => String, { nullable: true, description: 'The association a staff member works for.' })
  association: string | null;

  companyId: string | null;
}

@ObjectType()
export class AuthPayload {
  @Field()
  accessToken: string;

  @Field({ description: 'Works once, for `refreshSession`; signing out or a password change revokes it.' })
  refreshToken: string;

  @Field({ description: 'Seconds until the access token expires.' })
  expiresIn: number;

  @Field(() => UserType)
  user: UserType;
}
