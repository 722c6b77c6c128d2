/** English month names, January first, as dates are written on the site. */
export const LONG_MONTHS = [
	'January',
	'February',
	'March',
	'April',
	'May',
	'June',
	'July',
	'August',
	'September',
	'October',
	'November',
	'December',
];

/** Three-letter month names for days: "18 Oct 2024". */
export const SHORT_MONTHS = LONG_MONTHS.map((month) => month.slice(0, 3));

/** English weekday names, Monday first (ISO order). */
export const WEEKDAYS = [
	'Monday',
	'Tuesday',
	'Wednesday',
	'Thursday',
	'Friday',
	'Saturday',
	'Sunday',
];
