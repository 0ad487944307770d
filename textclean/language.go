package textclean

import (
	"strings"
	"sync"
)

// languageNames returns the set of language names as menus write them
// (their own names and their English names), lowercased.
var languageNames = sync.OnceValue(func() map[string]bool {
	names := strings.Split("english|español|espanol|spanish|français|francais|french|deutsch|german|"+
		"italiano|italian|português|portugues|portuguese|русский|russian|中文|简体中文|繁體中文|繁体中文|chinese|"+
		"日本語|japanese|한국어|korean|العربية|arabic|عربي|türkçe|turkish|polski|polish|nederlands|dutch|"+
		"svenska|swedish|norsk|norwegian|dansk|danish|suomi|finnish|ελληνικά|greek|čeština|czech|magyar|"+
		"hungarian|română|romanian|українська|ukrainian|हिन्दी|hindi|فارسی|persian|עברית|hebrew|"+
		"bahasa indonesia|indonesian|bahasa melayu|malay|tiếng việt|vietnamese|ไทย|thai|kiswahili|swahili|"+
		"hausa|yorùbá|yoruba|afaan oromoo|amharic|አማርኛ|বাংলা|bengali|اردو|urdu|தமிழ்|tamil|srpski|српски|"+
		"hrvatski|slovenčina|slovenščina|български|català|galego|euskara|cymraeg|gaeilge|pidgin|"+
		"af-soomaali|somali|kinyarwanda|kirundi|igbo|pashto|پښتو|dari|uzbek|oʻzbek|azərbaycan|"+
		"қазақ|кыргыз|монгол|नेपाली|नेपाली|සිංහල|ગુજરાતી|मराठी|ਪੰਜਾਬੀ|తెలుగు|മലയാളം|ಕನ್ನಡ|burmese|မြန်မာ", "|")
	set := make(map[string]bool, len(names))
	for _, n := range names {
		set[n] = true
	}
	return set
})

// isLanguageMenu reports a line made only of language names, each maybe
// with a region in parentheses ("English (US)"), between separators
// ("·", "|", "/", ",").
func isLanguageMenu(line string) bool {
	parts := strings.FieldsFunc(line, func(r rune) bool { return strings.ContainsRune("·•|/,", r) })
	if len(parts) == 0 {
		return false
	}
	for _, p := range parts {
		p = strings.ToLower(strings.TrimSpace(p))
		if i := strings.IndexByte(p, '('); i > 0 && strings.HasSuffix(p, ")") {
			p = strings.TrimSpace(p[:i])
		}
		if !languageNames()[p] {
			return false
		}
	}
	return true
}
