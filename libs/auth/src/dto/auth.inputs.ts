import { Field, InputType } from '@nestjs/graphql';
import { DigestFrequencyEnum, LocaleEnum } from './user.types.js';
import type { DigestFrequency } from '../user.entity.js';
import type { Locale } from '@app/common';

@InputType()
export class UpdateMeInput {
  @Field({ nullable: true })
  name?: string;

  @Field(() => LocaleEnum, { nullable: true })
  locale?: Locale;

  @Field({ nullable: true, description: 'An IANA time zone, e.g. America/Montreal' })
  timeZone?: string;

  @Field(() => DigestFrequencyEnum, { nullable: true, description: 'WEEKLY or NONE.' })
  digest?: DigestFrequency;
}
