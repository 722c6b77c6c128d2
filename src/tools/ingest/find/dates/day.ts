const DAY_MS = 86_400_000;

/** A calendar day with no time of day or zone, for counting days, weeks and months from a publication day. */
export class Day {
	readonly year: number;
	/** 1–12. */
	readonly month: number;
	/** 1–31. */
	readonly date: number;

	private constructor(year: number, month: number, date: number) {
		this.year = year;
		this.month = month;
		this.date = date;
	}

	/** The day, or undefined when the calendar has no such day (31 September, 29 February 2023). */
	static of(year: number, month: number, date: number): Day | undefined {
		if (month < 1 || month > 12 || date < 1 || date > daysInMonth(year, month)) return undefined;
		return new Day(year, month, date);
	}

	/** 0 for Sunday to 6 for Saturday. */
	get weekday(): number {
		return new Date(this.utc()).getUTCDay();
	}

	/** `YYYY-MM-DD`, as EDTF writes a day. */
	get iso(): string {
		return `${this.isoMonth}-${String(this.date).padStart(2, '0')}`;
	}

	/** `YYYY-MM`, as EDTF writes this day's month. */
	get isoMonth(): string {
		return `${String(this.year).padStart(4, '0')}-${String(this.month).padStart(2, '0')}`;
	}

	plusDays(days: number): Day {
		const moved = new Date(this.utc() + days * DAY_MS);
		return new Day(moved.getUTCFullYear(), moved.getUTCMonth() + 1, moved.getUTCDate());
	}

	/** The same date `months` later (earlier when negative), or the month's last day when it is shorter. */
	plusMonths(months: number): Day {
		const index = this.year * 12 + this.month - 1 + months;
		const year = Math.floor(index / 12);
		const month = (index % 12) + 1;
		return new Day(year, month, Math.min(this.date, daysInMonth(year, month)));
	}

	/** The Monday that starts this day's ISO week. */
	get weekStart(): Day {
		return this.plusDays(-((this.weekday + 6) % 7));
	}

	/** The latest `month`/`date` that is not after this day: 25 October from 18 October 2024 is 25 October 2023. */
	latest(month: number, date: number): Day | undefined {
		// Eight years back always reaches a 29 February.
		for (let year = this.year; year >= this.year - 8; year--) {
			const day = Day.of(year, month, date);
			if (day && !day.isAfter(this)) return day;
		}
		return undefined;
	}

	/** The year of the latest `month` that began on or before this day: June from October 2024 is 2024, November is 2023. */
	yearOfLatest(month: number): number {
		return month > this.month ? this.year - 1 : this.year;
	}

	isAfter(other: Day): boolean {
		return this.utc() > other.utc();
	}

	private utc(): number {
		return Date.UTC(this.year, this.month - 1, this.date);
	}
}

function daysInMonth(year: number, month: number): number {
	return new Date(Date.UTC(year, month, 0)).getUTCDate();
}
