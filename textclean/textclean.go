// Package textclean removes the boilerplate lines that scraped plain text
// keeps from its web page: ad markers ("ARTICLE AD BOX", "Advertisement"),
// relative stamps ("23 hours ago"), share counters, language menus
// ("English (US) ·"), and share, subscribe and donate prompts.
//
// It works line by line and only removes whole lines that match a known
// kind of boilerplate, so an article line is never cut or changed. Footer
// notices (copyright, tags, "Follow her on Twitter @x") are recognised too. The
// cleaned text is what dyad analyses: every span points into it.
package textclean

import (
	"regexp"
	"strings"
	"unicode"

	"dyad/pubdate"
)

// Reasons a line is removed.
const (
	ReasonAd       = "ad"       // an ad marker
	ReasonStamp    = "stamp"    // a relative or absolute time stamp line
	ReasonCounter  = "counter"  // a bare number or separator (share counts, pagination)
	ReasonLanguage = "language" // a language menu
	ReasonPrompt   = "prompt"   // a share, subscribe, donate, follow or read-more prompt
	ReasonMedia    = "media"    // an image or video credit or caption label
	ReasonFooter   = "footer"   // a copyright, tags, comment, contact or subscription notice
)

// Removed is one line taken out of the text.
type Removed struct {
	Line   int    `json:"line"`   // Line is the 1-based line number in the input.
	Text   string `json:"text"`   // Text is the line as it was, without its newline.
	Reason string `json:"reason"` // Reason is one of the Reason* constants.
}

// Result is the cleaned text and what was taken out.
type Result struct {
	Text    string    // Text is the input without boilerplate lines, runs of blank lines folded to one.
	Removed []Removed // Removed lists the lines taken out, in input order.
	Stamps  []string  // Stamps are the relative stamp lines found ("23 hours ago"), for dating.
}

// Clean removes boilerplate lines from text. Lines that are kept are kept
// byte for byte, trailing spaces and "\r" aside.
func Clean(text string) Result {
	var res Result
	var kept []string
	blank := true // no blank line at the start
	for i, line := range strings.Split(text, "\n") {
		line = strings.TrimRight(line, " \t\r")
		t := strings.TrimSpace(line)
		if t == "" {
			if !blank {
				kept = append(kept, "")
			}
			blank = true
			continue
		}
		if reason := Classify(t); reason != "" {
			res.Removed = append(res.Removed, Removed{Line: i + 1, Text: line, Reason: reason})
			if reason == ReasonStamp && pubdate.IsRelativeStamp(t) {
				res.Stamps = append(res.Stamps, t)
			}
			continue
		}
		kept = append(kept, line)
		blank = false
	}
	for len(kept) > 0 && kept[len(kept)-1] == "" {
		kept = kept[:len(kept)-1]
	}
	res.Text = strings.Join(kept, "\n")
	return res
}

var (
	adLine = regexp.MustCompile(`(?i)^(?:article ad box|advertisement|advert|ad|ads|ad feedback|sponsored(?: content| links?)?|promoted(?: content| stories| links)?|paid (?:content|post)|skip advertisement|story continues below(?: advertisement)?|continue reading(?: below| the main story)?|scroll to continue(?: with content)?|content continues below|\(?advertisement\)?[ -]*continue reading below)$`)

	promptLine = regexp.MustCompile(`(?i)^(?:share(?: this)?(?: article| story| page| post)?(?: on (?:facebook|twitter|x|whatsapp|linkedin|reddit|email|messenger))?|share via .{1,30}|(?:facebook|twitter|x|whatsapp|linkedin|reddit|pinterest|telegram|messenger|e-?mail|print|copy link|copy|link copied|tweet|pin it)|subscribe(?: now| today| here)?(?: to [^.]{1,60})?|sign up(?: now| here)?(?: for [^.]{1,60})?|(?:make a )?donat(?:e|ion)(?: now| today)?|support (?:us|our journalism|independent journalism)|become a (?:member|subscriber|supporter)|follow (?:us|@\w+)(?: on [^.]{1,40})?|read more(?: here|:.*)?|read next|related(?: articles| stories| topics| content| coverage)?|more on this story|more from [^.]{1,40}|top stories|most read|most popular|recommended(?: for you)?|you may also like|listen to (?:this )?article|\d+ min(?:ute)?s? read|comments?(?: \(\d+\))?|view comments|leave a comment|save(?: article)?|bookmark|back to top|skip to (?:content|main content)|close|menu|search|log ?in|sign in|newsletter|get the app|download the app|accept(?: all)?(?: cookies)?|cookie settings)$`)

	mediaLine = regexp.MustCompile(`(?i)^(?:image source,? .{1,80}|image caption,? .{1,300}|media caption,? .{1,300}|getty images|reuters|ap photo.{0,60}|afp(?: via getty images)?|play video|watch:? .{1,80}|video|photo|photos|gallery|\d+ (?:photos|images))$`)

	footerLine = regexp.MustCompile(`(?i)^(?:(?:copyright|©|ⓒ|\(c\)) ?(?:©|ⓒ)? ?(?:\d{4}|[a-z]).{0,150}|.{0,150}all rights reserved\.?|filed under:.{0,150}|tags:?(?:\n.{0,300})?|you may also like:?|popular on .{1,40}|(?:sign up|subscribe)[ :].{0,150}(?:newsletter|inbox|email).{0,80}|get the latest .{0,80}(?:inbox|newsletter).{0,80}|like this (?:story|article)\? share it.{0,40}|you must log ?in to post a comment\.?|there was an error processing your subscription\.?|this copy is for your personal, non-commercial use.{0,300}|if you buy something through (?:this|our) (?:post|links?).{0,200}|(?:have a tip\?|email|contact|reach|follow) .{0,200}(?:@|twitter|facebook).{0,120})$`)

	absoluteStamp = regexp.MustCompile(`(?i)^(?:(?:published|updated|posted|last updated)(?: on)?:?\s*)?(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*,?\s+)?(?:\d{1,2}\s+[a-z]{3,9}\.?,?\s+\d{4}|[a-z]{3,9}\.?\s+\d{1,2},?\s+\d{4}|\d{4}-\d{2}-\d{2})(?:,?\s*(?:at\s+)?\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s+[A-Z]{2,4})?)?$`)
)

// Classify returns why a trimmed line is boilerplate, or "" if it may be
// article text.
func Classify(line string) string {
	switch {
	case adLine.MatchString(line):
		return ReasonAd
	case pubdate.IsRelativeStamp(line) || absoluteStamp.MatchString(line):
		return ReasonStamp
	case isCounter(line):
		return ReasonCounter
	case isLanguageMenu(line):
		return ReasonLanguage
	case promptLine.MatchString(line):
		return ReasonPrompt
	case mediaLine.MatchString(line):
		return ReasonMedia
	case len(line) < 400 && footerLine.MatchString(line):
		return ReasonFooter
	}
	return ""
}

// isCounter reports a line of digits and separators only ("1", "12 | 3",
// "1.2K", "·"). A run of four digits or more is kept unless it is a
// thousands count ("1.2K"): it may be a year or a figure of the article.
func isCounter(line string) bool {
	if strings.TrimSpace(line) == "" {
		return false
	}
	run, longest := 0, 0
	for _, r := range line {
		switch {
		case unicode.IsDigit(r):
			run++
			longest = max(longest, run)
			continue
		case unicode.IsSpace(r) || strings.ContainsRune("·•|/,.:-–—()+kKmM", r):
		default:
			return false
		}
		run = 0
	}
	return longest < 4 || strings.HasSuffix(line, "K") || strings.HasSuffix(line, "M")
}
