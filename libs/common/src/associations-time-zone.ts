/**
 * Both associations work on Eastern time: their days and months (the partnership report, what
 * members were shown "today", the nightly rescoring) are counted there, not in the server's zone.
 */
export const ASSOCIATIONS_TIME_ZONE = 'America/Toronto';
