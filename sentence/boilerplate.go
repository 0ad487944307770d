package sentence

import (
	"regexp"
	"strings"

	"dyad"
)

// boilerplate matches whole lines of page furniture that scraped news
// carries: ad markers, relative time stamps, share and subscribe prompts,
// menus of languages or sections separated by "·" or "|", and lines of
// digits alone (counters).
var boilerplate = []*regexp.Regexp{
	regexp.MustCompile(`^\d+$`), // counters: "1"
	regexp.MustCompile(`^(?:(?:ARTICLE|AD|ADS|BOX|ADVERTISEMENT|SPONSORED|PROMOTED|CONTENT|STORY|CONTINUES|BELOW|SHARE|MENU|SEARCH|WATCH|LISTEN|VIDEO|SUBSCRIBE|NEWSLETTER)\s*){1,5}$`), // ARTICLE AD BOX
	regexp.MustCompile(`(?i)^(?:about\s+|updated\s+)?\d+\s+(?:second|minute|min|hour|hr|day|week|month|year)s?\s+ago$`),
	regexp.MustCompile(`(?i)^(?:advertisement|sponsored|share|share this|share this article|subscribe|sign up|sign in|log in|read more|related|related topics|more on this story|skip to content|copy link|image source.*|image caption.*|getty images|reuters|listen to this article)$`),
	regexp.MustCompile(`(?:^|\s)[·|•]\s*$|\s[·|•]\s`), // menus: "English (US) ·", "Home | World | Business"
}

// IsBoilerplate reports whether a line is page furniture rather than
// article text. A line of sentence prose (it ends in '.', '?', '!' or a
// closing quote after at least eight words) is never boilerplate.
func IsBoilerplate(line string) bool {
	line = strings.TrimSpace(line)
	if line == "" {
		return false
	}
	if len(strings.Fields(line)) >= 8 && strings.ContainsAny(line[len(line)-1:], ".?!\"”’") {
		return false
	}
	for _, re := range boilerplate {
		if re.MatchString(line) {
			return true
		}
	}
	return false
}

// markBoilerplate sets Boilerplate on the sentences that are whole lines
// of page furniture.
func markBoilerplate(text string, ss []dyad.Sentence) {
	for i := range ss {
		s := ss[i].Span
		wholeLine := (s.Start == 0 || lineStart(text, s.Start)) && (s.End == len(text) || lineEnd(text, s.End))
		if wholeLine && IsBoilerplate(s.In(text)) {
			ss[i].Boilerplate = true
		}
	}
}

// lineStart reports whether only spaces stand between the line break
// before off and off.
func lineStart(text string, off int) bool {
	i := strings.LastIndexByte(text[:off], '\n')
	return strings.TrimSpace(text[i+1:off]) == ""
}

// lineEnd reports whether only spaces stand between off and the next line
// break.
func lineEnd(text string, off int) bool {
	i := strings.IndexByte(text[off:], '\n')
	if i < 0 {
		i = len(text) - off
	}
	return strings.TrimSpace(text[off:off+i]) == ""
}
