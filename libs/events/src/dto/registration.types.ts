import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';

export const RegistrationStatusEnum = {
  CONFIRMED: 'CONFIRMED',
  WAITLISTED: 'WAITLISTED',
  CANCELLED: 'CANCELLED',
} as const;
registerEnumType(RegistrationStatusEnum, { name: 'RegistrationStatus' });

/** A place at an event; event, user, company, price and waitlist position are resolved in RegistrationsResolver. */
@ObjectType('Registration')
export class RegistrationType {
  @Field(() => ID)
  id: string;

  @Field({ description: 'CONFIRMED, WAITLISTED or CANCELLED.' })
  status: string;

  @Field(() => Date)
  createdAt: Date;

  @Field(() => Date, { nullable: true })
  confirmedAt: Date | null;

  @Field(() => Date, { nullable: true })
  cancelledAt: Date | null;

  eventId: string;
  userId: string;
  companyId: string;
}
