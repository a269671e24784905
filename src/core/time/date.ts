/** A calendar date `YYYY-MM-DD` (ISO 8601); such strings compare in date order as plain strings. */
export const DATE_PATTERN = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
