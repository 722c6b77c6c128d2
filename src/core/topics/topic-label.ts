/** A kebab-case topic id as readers see it: `troop-numbers` → "troop numbers". */
export function topicLabel(topic: string): string {
	return topic.replace(/-/g, ' ');
}
