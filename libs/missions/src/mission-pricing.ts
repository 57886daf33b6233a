import type { PricedOffer } from '@app/events';
import type { TradeMissionEntity } from './mission.entity.js';

/** A mission's delegate fee as events price it: taxes of the host province (the place of supply). */
export function missionPricing(mission: TradeMissionEntity): PricedOffer {
  return {
    id: mission.id,
    organizers: [mission.organizer],
    memberPriceCents: mission.memberFeeCents,
    partnerMemberPriceCents: mission.partnerMemberFeeCents,
    nonMemberPriceCents: mission.nonMemberFeeCents,
    province: mission.hostProvince,
    timeZone: mission.timeZone,
  };
}
