import { Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentViewer, JsonScalar, type Viewer } from '@app/common';
import { PrivacyService } from './privacy.service.js';

@Resolver()
export class PrivacyResolver {
  constructor(private readonly privacy: PrivacyService) {}

  @Query(() => JsonScalar, {
    description: 'Everything Passerelle holds about the signed-in person, as JSON.',
  })
  myData(@CurrentViewer() viewer: Viewer) {
    return this.privacy.export(viewer);
  }

  @Mutation(() => Boolean, {
    description:
      'Erases the signed-in person: meetings keep an anonymised participant; signing in stops working.',
  })
  deleteMyAccount(@CurrentViewer() viewer: Viewer) {
    return this.privacy.erase(viewer);
  }
}
