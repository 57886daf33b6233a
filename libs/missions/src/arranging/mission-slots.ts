import { dayInZone } from '@app/common';
import { datesBetween, minutesOfTime, zonedToInstant } from '@app/events';
import type { TradeMissionEntity } from '../mission.entity.js';

export interface MissionSlot {
  start: Date;
  end: Date;
}

/** Every meeting slot of a mission: each day, from the daily start, back to back until the daily end. */
export function missionSlots(mission: TradeMissionEntity): MissionSlot[] {
  const first = minutesOfTime(mission.dailyStart) ?? 0;
  const last = minutesOfTime(mission.dailyEnd) ?? 0;
  const slots: MissionSlot[] = [];
  const days = datesBetween(
    dayInZone(mission.startsAt, mission.timeZone),
    dayInZone(mission.endsAt, mission.timeZone),
  );
  for (const day of days) {
    for (let m = first; m + mission.meetingMinutes <= last; m += mission.meetingMinutes) {
      const start = zonedToInstant(day, m, mission.timeZone);
      const end = new Date(start.getTime() + mission.meetingMinutes * 60_000);
      if (start >= mission.startsAt && end <= mission.endsAt) slots.push({ start, end });
    }
  }
  return slots;
}
