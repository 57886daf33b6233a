import { Field, InputType } from '@nestjs/graphql';
import { LocaleEnum } from '@app/auth';
import { ProvinceEnum } from './company.types.js';
import type { Province } from '../company.entity.js';

@InputType()
export class CompanyFilter {
  @Field(() => ProvinceEnum, { nullable: true })
  province?: Province;

  @Field({ nullable: true })
  sector?: string;

  @Field({ nullable: true })
  therapeuticArea?: string;

  @Field({ nullable: true })
  modality?: string;

  @Field({ nullable: true })
  offers?: string;

  @Field({ nullable: true })
  seeks?: string;

  @Field({
    nullable: true,
    description: 'Full text over names and descriptions, French and English, accents ignored.',
  })
  search?: string;
}

/** Every field optional: only what is given changes. */
@InputType()
export class CompanyProfileInput {
  @Field({ nullable: true }) name?: string;
  @Field({ nullable: true }) city?: string;
  @Field({ nullable: true }) website?: string;
  @Field(() => [LocaleEnum], { nullable: true }) languages?: ('fr' | 'en')[];
  @Field({ nullable: true }) size?: string;
  @Field(() => [String], { nullable: true }) sectors?: string[];
  @Field(() => [String], { nullable: true }) therapeuticAreas?: string[];
  @Field(() => [String], { nullable: true }) modalities?: string[];
  @Field({ nullable: true }) stage?: string;
  @Field(() => [String], { nullable: true }) offers?: string[];
  @Field(() => [String], { nullable: true }) seeks?: string[];
  @Field(() => [String], { nullable: true }) partnershipTypes?: string[];
  @Field({ nullable: true }) descriptionFr?: string;
  @Field({ nullable: true }) descriptionEn?: string;
  @Field({ nullable: true }) seekingFr?: string;
  @Field({ nullable: true }) seekingEn?: string;
  @Field({ nullable: true }) matchmakingOptIn?: boolean;
}
