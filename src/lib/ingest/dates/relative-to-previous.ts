const NUMBERS: Readonly<Record<string, number>> = {
	a: 1,
	an: 1,
	one: 1,
	two: 2,
	three: 3,
	four: 4,
	five: 5,
	six: 6,
	seven: 7,
	eight: 8,
	nine: 9,
	ten: 10,
};

const COUNTED =
	/^(a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2}) (day|days|week|weeks) (later|earlier|after|before)\b/i;
const SAME_DAY = /^(?:the same day|that (?:same )?day|on the same day)\b/i;
const NEXT_DAY = /^(?:the (?:next|following) day|a day later)\b/i;

/**
 * The day a sentence that opens by counting from the story so far means — "Eight days later, Blinken said…", "A day
 * earlier, Zelensky said…", "The same day, …" — counted from the day the previous dated statement was made;
 * undefined when the sentence does not open so, or there is no such day to count from.
 */
export function dayRelativeToPrevious(
	sentence: string,
	previousDay: string | undefined
): string | undefined {
	if (previousDay === undefined || !/^\d{4}-\d{2}-\d{2}$/.test(previousDay)) return undefined;
	const text = sentence.trim();
	if (SAME_DAY.test(text)) return previousDay;
	if (NEXT_DAY.test(text)) return shift(previousDay, 1);
	const counted = COUNTED.exec(text);
	if (!counted) return undefined;
	const amount = NUMBERS[counted[1]!.toLowerCase()] ?? Number(counted[1]);
	const days = amount * (counted[2]!.toLowerCase().startsWith('week') ? 7 : 1);
	return shift(previousDay, /later|after/i.test(counted[3]!) ? days : -days);
}

function shift(day: string, days: number): string {
	const date = new Date(`${day}T00:00:00Z`);
	date.setUTCDate(date.getUTCDate() + days);
	return date.toISOString().slice(0, 10);
}
