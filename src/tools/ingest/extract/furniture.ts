import { plainLine } from './plain-line.ts';

/**
 * Whether a paragraph is page furniture rather than article text: read times, share and save labels, captions and
 * photo credits, "Most read" and newsletter boxes, related-article and "Read also" links, advertising slots, end
 * marks and copyright lines. Matched on the whole paragraph, so article text that mentions these words stays.
 */
export function isFurniture(paragraph: string): boolean {
	const text = plainLine(paragraph);
	return text === '' || FURNITURE.some((pattern) => pattern.test(text));
}

const FURNITURE: readonly RegExp[] = [
	// Read and listen times: "2 min read", "Listen to this article · 4 min", "5-minute read".
	/^(?:\d+[ -]min(?:ute)?s?(?: read)?|listen to this article\b.*|\d+[ -]min(?:ute)?s? (?:read|listen))$/i,
	// Buttons and labels standing alone.
	/^(?:share|save|print|copy link|comments?|menu|search|settings|close|×|subscribe|sign in|log in|donate|advertisement|ad feedback|ad|sponsored|skip to (?:main content|content|key events|navigation|main menu|search|footer)|back to top|show more|load more|next|previous|skip past newsletter promotion|after newsletter promotion)(?: this (?:article|story))?$/i,
	// Link lists and their labels: "Read more:", "READ ALSO: …", "Related articles", "Most read", "Recommended".
	// The label stands alone or introduces a link with a colon, so prose that starts with the same words stays.
	/^(?:read (?:more|also|next)|see also|related(?: articles?| stories| coverage| content| topics)?|topics|more on this story|most (?:read|viewed|popular)|latest news|recommended(?: for you)?|trending|top stories|editor'?s picks)(?:\s*[:|»›]\s*.{0,160})?$/i,
	// Share targets and reading controls standing alone.
	/^(?:facebook|twitter|x|whatsapp|telegram|kakao(?:talk)?|line|linkedin|reddit|email|e-mail|flipboard|text size|font size|print this article)$/i,
	/^share this (?:article|story)\b.{0,120}$/i,
	// A caption ends on its bracketed credit: "… on Tuesday. [YONHAP]", "[File: Reuters]", "(KCNA via Reuters)".
	/\[(?:[A-Z][A-Z/ ]+|File: [^\]]{1,40})\]$/,
	/\((?:[\p{L} ]{1,30} via )?(?:Reuters|AP|AFP|Yonhap|KCNA|EPA|Getty Images|Anadolu)\)$/u,
	// Transcript and live-page notices: "THIS IS A RUSH TRANSCRIPT…", "(COMMERCIAL BREAK)", "This live page is now closed."
	/^this is a rush transcript\b.{0,160}$/i,
	/^\((?:commercial break|crosstalk|break|applause|laughter|inaudible|begin video clip|end video clip|end videotape|begin videotape)\)$/i,
	/^this live (?:page|blog|coverage) (?:is|has) (?:now )?(?:closed|ended)\.?$/i,
	/^this transcript (?:was|has been|is|may be) .{0,160}$/i,
	// A transcript's time codes and stage directions: "[00:02:48]", "[VIDEO CLIP]", "[END CLIP]".
	/^\[(?:\d{1,2}:)?\d{1,2}:\d{2}\]$/,
	/^\[(?:(?:begin |end )?(?:video )?clip|crosstalk|inaudible|music|applause|laughter|break|end)\]$/i,
	// Contact lines under an article: "Reach her at …", "Contact the author: …".
	/^(?:reach|contact|email|write to) (?:him|her|them|the (?:author|reporter|writer)|us)\b.{0,100}$/i,
	// A note on the author under the article: "Han Seo-yeon covers North Korea for Korea Pulse. Reach her at …".
	/^\p{Lu}[\p{L}.'’-]+(?:\s\p{Lu}[\p{L}.'’-]+){1,3}\s(?:covers|reports on|writes about|is (?:a|an|the) (?:[\p{L}-]+\s){0,4}(?:reporter|correspondent|writer|editor|journalist))\b.{0,240}$/u,
	// Credits for help with the story: "CNN's Daniel Harker contributed to this report."
	/^.{3,200}\bcontributed (?:to )?this (?:report|story)\.?$/i,
	// The software or platform a page names at its foot or in place of a byline: "Powered by WordPress", "Published via Substack".
	/^(?:(?:proudly )?powered by|(?:published|posted) via|built with)\s+[\p{L}\p{N}. ]{2,40}$/iu,
	// Cookie notices and their buttons: "We use cookies and other data for …", "Manage cookies".
	/^(?:we|this (?:site|website)) uses? cookies\b.{0,400}$/i,
	/^(?:accept|manage|reject|allow)(?: all| necessary)? cookies(?: and close)?$/i,
	// Comment counts and rules: "Comments (47)", "Comments are subject to our community guidelines…".
	/^comments?\s*\(\d+\)$/i,
	/^comments are (?:subject to|closed|moderated)\b.{0,160}$/i,
	// A link to the site in another language, standing alone: "KOREAN", "Русский".
	/^(?:english|korean|한국어|中文|日本語|français|deutsch|español|русский|українська|japanese|chinese|russian|ukrainian)$/i,
	// Newsletter, social and support boxes.
	/^(?:sign up|subscribe)\b.{0,160}(?:newsletter|inbox|updates|telegram|channel)/i,
	/^(?:follow us|join us|find us)\b.{0,80}$/i,
	/^support (?:independent|our) journalism\b.{0,200}$/i,
	// Donation appeals: "Every donation helps … stay independent", "… relies on its readers. Support independent journalism."
	/^(?=.{0,320}$)(?=.*\b(?:donations?|donate|relies on (?:its|our) readers|become a (?:member|patron|supporter))\b)(?=.*\b(?:journalism|independent|independence|readers|our work|our reporting|newsroom)\b)/i,
	// Captions and credits standing alone: "Photo: AFP", "Photograph: Getty Images", "[YONHAP]", "GETTY IMAGES".
	/^(?:photo(?:graph)?|image|picture|video|credit|source)s?\s*(?:by)?\s*[:©]\s*.{1,80}$/i,
	/^Photograph:/,
	/^\[?(?:ap|afp|reuters|yonhap|getty images|epa|anadolu|tass|ria novosti|kcna via kns|kcna)(?:\/[^\]]{1,40})?\]?$/i,
	/^©.{1,120}$/,
	// End marks and copyright: "(END)", "All rights reserved", "Reporting by …; Editing by …".
	/^\(?end\)?$/i,
	// A reporter's address signing off: "dana@heraldcorp.com".
	/^\S+@\S+\.\w+$/,
	/^(?:copyright|\(c\)).{0,160}$/i,
	/.{0,120}all rights reserved\.?$/i,
	/^(?:\(?)(?:reporting|writing|additional reporting) by\b.{0,200}(?:editing by\b.{0,120})?\)?$/i,
];
